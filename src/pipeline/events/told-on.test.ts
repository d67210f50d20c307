import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** The dates of a story's events, published on Thursday 27 September 2012. */
async function datesOf(...paragraphs: string[]) {
  const state = await runOn({
    "a.txt": story("Hotline", "WASHINGTON, Sept. 27, 2012", ...paragraphs),
  });
  return (state.output?.events.events ?? []).map((e) => `${e.date.value} ${e.status}`).sort();
}

const TOLD = "The two militaries have agreed to set up a hotline, an official said Wednesday.";

describe("an act told on one day and dated by a later sentence", () => {
  it("takes the act's own date, even a coarser one", async () => {
    expect(
      await datesOf(TOLD, "The agreement was reached during talks in Beijing last week."),
    ).toEqual(["2012-09 occurred"]);
  });

  it.each([
    // Nothing else dates it: the day it was told.
    [[TOLD], ["2012-09-26 occurred"]],
    // A date after the telling is a later step, not the act's own.
    [
      [TOLD, "The agreement will be signed next month."],
      ["2012-09-26 occurred", "2012-10 planned"],
    ],
  ])("keeps the day it was told otherwise (%#)", async (paragraphs, expected) => {
    expect(await datesOf(...paragraphs)).toEqual(expected);
  });
});

describe("a plan told on a day, with no date of its own", () => {
  it.each([
    // The day is the telling's; the tour is still to come and the sentence does not date it.
    [["The minister will tour the shipyard during his visit, officials confirmed Wednesday."], []],
    // Negative: an act already done is dated by the day it was told, as before.
    [["The minister toured the shipyard, officials confirmed Wednesday."], ["2012-09-26 occurred"]],
    // The telling first, the plan it reports after: the same, an occasion still to come.
    [["Officials said Wednesday that the minister will tour the shipyard during his visit."], []],
    // Negative: a decision told so is announced that day.
    [
      ["The ministry said Wednesday it would suspend the naval exchanges."],
      ["2012-09-26 occurred"],
    ],
    // Negative: an occasion told as done keeps the day it was told.
    [["Officials said Wednesday that the minister toured the shipyard."], ["2012-09-26 occurred"]],
    // Negative: a position on what others will do, told after it, is that day's statement.
    [
      ["Beijing hopes Washington will respect its interests, a ministry spokesman said Wednesday."],
      ["2012-09-26 occurred"],
    ],
  ])("%j", async (paragraphs, expected) => {
    expect(await datesOf(...paragraphs)).toEqual(expected);
  });
});

describe("a plan told on a day, with a date of its own after the telling", () => {
  it.each([
    // The day dates the announcing; the visit it reports has its own date, later in the sentence.
    [
      [
        "The ministry announced on Wednesday that Admiral Wu Shengli will tour the U.S. Naval Academy in Annapolis and the Naval War College in Rhode Island early next month.",
      ],
      ["2012-10 planned"],
    ],
    // Negative: with no other date, an act told as done keeps the day it was told.
    [
      [
        "The ministry announced on Wednesday that Admiral Wu Shengli toured the U.S. Naval Academy.",
      ],
      ["2012-09-26 occurred"],
    ],
  ])("%j", async (paragraphs, expected) => {
    expect(await datesOf(...paragraphs)).toEqual(expected);
  });
});
