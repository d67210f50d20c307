import { describe, expect, it } from "vitest";
import { dropFootnoteMarks } from "./footnote-marks.ts";

describe("dropFootnoteMarks", () => {
  it.each([
    [
      "a mark after a sentence's stop",
      "The talks ended.[12] Both sides left.",
      "The talks ended. Both sides left.",
    ],
    [
      "marks in a row at the line's end",
      "The fleet sailed in May.[7][8]",
      "The fleet sailed in May.",
    ],
    [
      "a mark after a word",
      "the working group[3], which met twice",
      "the working group, which met twice",
    ],
    ["a mark after a closing quote", "called it “a step back”[21].", "called it “a step back”."],
  ])("drops %s", (_, line, expected) => {
    expect(dropFootnoteMarks(line)).toBe(expected);
  });

  it.each([
    ["a count after a space", "Comments [3]"],
    ["a widget", "[Print] [Close]"],
    ["a year in brackets", "the report[2013] on cyber"],
    ["a mark inside a word", "Item[3]b of the list"],
  ])("keeps %s", (_, line) => {
    expect(dropFootnoteMarks(line)).toBe(line);
  });
});
