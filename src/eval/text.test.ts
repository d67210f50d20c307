import { describe, expect, it } from "vitest";
import { coverage, normalize, wordSet } from "./text.ts";

const GOLD =
  "The two ministers met at the Navy Yard on Tuesday to discuss search and rescue drills.";

describe("normalize", () => {
  it("folds curly quotes, spacing and case", () => {
    expect(normalize("  The  \u201cPeople\u2019s\u201d\n Army ")).toBe('the "people\'s" army');
  });
});

describe("wordSet", () => {
  it("keeps distinct ASCII words and numbers", () => {
    expect([...wordSet("U.S.-China talks, talks in 2013")]).toEqual([
      "u",
      "s",
      "china",
      "talks",
      "in",
      "2013",
    ]);
  });
});

describe("coverage of a gold sentence by extracted evidence", () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i}`).join(" ");
  it.each([
    ["the same sentence", GOLD, 1],
    ["the same words, other quotes, spaces and case", GOLD.toUpperCase().replace(/ /g, "\n  "), 1],
    ["the first half", "The two ministers met at the Navy Yard", 7 / 15],
    ["nothing in common", "Heavy rain fell across the north.", 1 / 15],
    ["a passage three times the sentence's words", `${GOLD} ${filler(30)}`, 1],
    ["a passage more than three times the sentence's words", `${GOLD} ${filler(31)}`, 0],
    ["empty evidence", "", 0],
  ])("%s", (_, evidence, expected) => {
    expect(coverage(evidence, GOLD)).toBeCloseTo(expected, 9);
  });

  it("is 0 for a gold sentence without words", () => {
    expect(coverage(GOLD, "—")).toBe(0);
  });
});
