import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

const split = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe("splitSentences", () => {
  it.each([
    ["Obama met Xi. They talked.", ["Obama met Xi.", "They talked."]],
    [
      "Defense Secretary Leon E. Panetta said today.",
      ["Defense Secretary Leon E. Panetta said today."],
    ],
    [
      "Gen. Liang Guanglie arrived. He met Panetta.",
      ["Gen. Liang Guanglie arrived.", "He met Panetta."],
    ],
    [
      "He spoke in San Jose, Calif. The talks began.",
      ["He spoke in San Jose, Calif.", "The talks began."],
    ],
    ["Ties with the U.S. Navy grew.", ["Ties with the U.S. Navy grew."]],
    [
      "It is a concern for the U.S. The two sides met.",
      ["It is a concern for the U.S.", "The two sides met."],
    ],
    ["“We agree,” he said. “We will meet.”", ["“We agree,” he said.", "“We will meet.”"]],
    ["They met on Sept. 19 in Beijing.", ["They met on Sept. 19 in Beijing."]],
    ["Is it over? No. It goes on!", ["Is it over?", "No.", "It goes on!"]],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
