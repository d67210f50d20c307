import { describe, expect, it } from "vitest";
import { sentenceOf } from "../testing/sentence.ts";
import type { ActorMention, TriggerHit } from "../types.ts";
import { actAtTheSameMoment } from "./lead.ts";

const test = (text: string): TriggerHit => ({
  cameo: "150",
  label: "Demonstrate military power",
  rank: 4,
  text: "test",
  start: text.indexOf("test"),
  reference: false,
  inQuote: false,
});

/** The minister, named after the conjunction in every row. */
const minister = (text: string): ActorMention => {
  const start = text.indexOf("Chang");
  return {
    start,
    end: start + "Chang".length,
    key: "chang",
    actor: { name: "Chang Wanquan", country: "CHN" },
  };
};

describe("an act at the moment of another occasion", () => {
  it.each([
    [
      "The army held a missile test as the secretary met Chang in Beijing.",
      "The army held a missile test",
    ],
    [
      "The army held a missile test, while the secretary met Chang.",
      "The army held a missile test",
    ],
    [
      "The army held a missile test just as the secretary met Chang.",
      "The army held a missile test",
    ],
    // "as" of comparison or role is no moment …
    ["The army held a missile test as well as talks with Chang.", undefined],
    ["The army held a missile test such as Chang had asked for.", undefined],
    // … and the second clause must name the occasion's people.
    ["Chang watched the missile test as the secretary arrived.", undefined],
  ])("%s", (text, clause) => {
    const found = actAtTheSameMoment(sentenceOf(text), [test(text)], [minister(text)], "meeting");
    expect(found?.span.text).toBe(clause);
  });
});
