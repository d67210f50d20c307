import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Friday 14 September 2012, as "date: people". */
const eventsOf = (sentence: string) =>
  datedPeopleOf("Ties", "WASHINGTON, Sept. 14, 2012", sentence);

describe("an act counted, then listed", () => {
  it.each([
    [
      "President Barack Obama and Chinese President Hu Jintao have met twice this year, in Seoul in March and at a summit in Mexico in June.",
      ["2012-03: Barack Obama, Hu Jintao", "2012-06: Barack Obama, Hu Jintao"],
    ],
    [
      "Defense Secretary Leon Panetta met Gen. Liang Guanglie three times last year, in January, in May and in October.",
      [
        "2011-01: Leon E. Panetta, Liang Guanglie",
        "2011-05: Leon E. Panetta, Liang Guanglie",
        "2011-10: Leon E. Panetta, Liang Guanglie",
      ],
    ],
  ])("is one happening per listed date: %s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });

  it.each([
    // Counted but not listed: one act, dated by its one date.
    [
      "President Barack Obama and Chinese President Hu Jintao have met twice this year.",
      ["2012: Barack Obama, Hu Jintao"],
    ],
    // Listed but not counted: the dates are of one act's stretch, not occasions of their own.
    [
      "President Barack Obama met Chinese President Hu Jintao in Seoul in March, months before the vote in November.",
      ["2012-03: Barack Obama, Hu Jintao"],
    ],
  ])("is one happening: %s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });
});
