import { describe, expect, it } from "vitest";
import { joinBrokenWord, pageWords } from "./hyphenation.ts";

const PAGE = pageWords([
  "The two navies held a two-day drill, and a day later the ministers met in two rounds.",
  "Officials said they would follow up.",
]);

describe("joinBrokenWord: a word a hyphen breaks at a line's end", () => {
  it.each([
    // Cut between syllables: written whole.
    ["the ministers were meet-", "ing in the capital", "the ministers were meeting in the capital"],
    ["arrived on 4 De-", "cember for talks", "arrived on 4 December for talks"],
    ["the Strategic Secu-", "rity Dialogue", "the Strategic Security Dialogue"],
    // A compound whose halves are both words of the page, or whose hyphenated form it uses.
    ["the navies held a two-", "day drill", "the navies held a two-day drill"],
    ["officials will follow-", "up on it", "officials will follow-up on it"],
    // A capital after the hyphen: a compound of names.
    ["the U.S.-", "China talks", "the U.S.-China talks"],
  ])("%s / %s", (above, line, joined) => {
    expect(joinBrokenWord(above, line, () => PAGE)).toBe(joined);
  });

  it.each([
    ["a line with no hyphen at its end", "the ministers met", "in the capital"],
    ["a dash set apart by spaces", "the ministers met -", "in the capital"],
    ["a hyphen before a number", "the ministers met in 2012-", "13 talks"],
  ])("none for %s", (_, above, line) => {
    expect(joinBrokenWord(above, line, () => PAGE)).toBeUndefined();
  });
});

describe("pageWords", () => {
  it("leaves out the halves of a word cut at a line's end", () => {
    const words = pageWords(["the deputy secre-", "tary met the envoy", "in a two-day visit"]);
    expect(words.has("secre")).toBe(false);
    expect(words.has("tary")).toBe(false);
    expect([...words].sort()).toEqual([
      "a",
      "day",
      "deputy",
      "envoy",
      "in",
      "met",
      "the",
      "two",
      "visit",
    ]);
  });

  it("so a word cut between syllables is written whole, with no other use of it on the page", () => {
    const lines = ["The talks with the deputy secre-", "tary ended."];
    expect(joinBrokenWord(lines[0] ?? "", lines[1] ?? "", () => pageWords(lines))).toBe(
      "The talks with the deputy secretary ended.",
    );
  });
});
