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
    // Reports print the mark as a bare number run onto the stop, the next sentence after a space.
    [
      "a bare number run onto a sentence's stop",
      "The fleet sailed in May.71 From June the ships waited.",
      "The fleet sailed in May. From June the ships waited.",
    ],
    [
      "a bare number after a stop and a closing quote",
      "He called it “a step back.”9 The talks ended.",
      "He called it “a step back.” The talks ended.",
    ],
    [
      "a bare number run onto the stop at the line's end",
      "The ships left port.41",
      "The ships left port.",
    ],
  ])("drops %s", (_, line, expected) => {
    expect(dropFootnoteMarks(line)).toBe(expected);
  });

  it.each([
    ["a count after a space", "Comments [3]"],
    ["a number after a stop and a space", "The fleet sailed in May. 71 ships waited."],
    ["a widget", "[Print] [Close]"],
    ["a year in brackets", "the report[2013] on cyber"],
    ["a mark inside a word", "Item[3]b of the list"],
    ["a decimal number", "The budget grew 10.71 Percent of it went to ships."],
    ["a numbered item after an abbreviation", "See No.12 Section and p.3 The list."],
    ["a number after a stop with a space", "The fleet sailed in May. 71 ships waited."],
    ["a number after a stop and a space at the line's end", "The ships sailed. 41"],
    ["a decimal at the line's end", "The budget grew 10.71"],
  ])("keeps %s", (_, line) => {
    expect(dropFootnoteMarks(line)).toBe(line);
  });
});
