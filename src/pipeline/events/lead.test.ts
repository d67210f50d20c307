import { describe, expect, it } from "vitest";
import { runOn } from "../testing/corpus.ts";
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

describe("an undated lead told again, dated, further down", () => {
  const lead =
    "Defense Minister Wang Wei has held talks in Beijing with visiting Secretary Jane Doe.";
  /** Each event as its date and the first words of each of its evidence sentences. */
  const told = async (later: string) => {
    // A page with no dateline: its stamp gives the day, and only the later sentence dates it.
    const page = ["Talks in Beijing", "2012-03-03 20:16", "", lead, "", later].join("\n");
    const state = await runOn({ "a.txt": page });
    return (state.output?.events.events ?? []).map(
      (e) =>
        `${e.date.value}: ${e.sources.flatMap((x) => x.evidence.map((v) => v.text.split(" ").slice(0, 3).join(" "))).join(" / ")}`,
    );
  };
  it.each([
    // The later telling names nobody: it is the lead's occasion, and the lead its evidence.
    [
      "The talks today at the ministry lasted three hours.",
      ["2012-03-03: Defense Minister Wang / The talks today"],
    ],
    // It names other people: another occasion, and the lead is none of its evidence.
    [
      "The talks today between General Li Ming and Admiral John Roe lasted three hours.",
      ["2012-03-03: The talks today"],
    ],
  ])("%s", async (later, expected) => {
    expect(await told(later)).toEqual(expected);
  });
});
