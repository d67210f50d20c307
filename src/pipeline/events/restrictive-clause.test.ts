import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The dates of a story's events, published on Monday 6 May 2013. */
const datesOf = async (sentence: string) =>
  (await storyEvents("Report", "WASHINGTON, May 6, 2013", sentence)).map((e) => e.date.value);

describe("a date in a restrictive relative clause of the past", () => {
  it.each([
    // The clause's verb owns its date; the report was released on the other date.
    [
      "Hackers were behind attacks that targeted military networks last year, the Pentagon says in its annual report to Congress on the army and its new weapons, released today.",
      ["2013-05-06"],
    ],
    // A passive clause of the past, with a participle in -en, owns its date too.
    [
      "The admiral said on Monday that the sale would hurt exchanges that were frozen for much of last year.",
      ["2013-05-06"],
    ],
    // Negative: after "said that" a subject follows, so the date is the main clause's.
    ["The Pentagon said that its annual report was released last year.", ["2012"]],
    // A clause with "did not" or an irregular past owns its date; the meeting is the opening day's.
    [
      "On Friday, officers from the two navies sat down in Honolulu for the first meeting of a new maritime safety panel, a body that did not exist three months ago.",
      ["2013-05-03"],
    ],
    [
      "On Friday, officers from the two navies sat down in Honolulu for the first meeting of a new maritime safety panel, a body that grew out of talks in March.",
      ["2013-05-03"],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await datesOf(sentence)).toEqual(expected);
  });
});

describe("a date in an appositive of taking office", () => {
  it.each([
    // The appointment owns its date; the trip is next week's.
    [
      "Secretary of State John Kerry, confirmed last month, will travel to Beijing next week.",
      ["2013-05"],
    ],
    // Negative: a participle of anything else is no such appositive.
    ["Secretary of State John Kerry, seen last month, will travel to Beijing.", ["2013-04"]],
    // An office still to come owns its date too; the reception was today.
    [
      "Vice President Li Wei, expected to become his country's leader this fall, was received at the White House by President Obama on Monday.",
      ["2013-05-06"],
    ],
    // Negative: expected somewhere is no office; the date is the visit's.
    ["Vice President Li Wei, expected in Washington this fall, will meet the president.", ["2013"]],
  ])("%s", async (sentence, expected) => {
    expect(await datesOf(sentence)).toEqual(expected);
  });
});

describe("a last date in a restrictive clause with a named subject of its own", () => {
  /** Each event as "date title-words", to see which act each date took. */
  const told = async (sentence: string) =>
    (await storyEvents("Report", "WASHINGTON, May 6, 2013", sentence)).map(
      (e) => `${e.date.value} ${e.type.label}`,
    );
  it.each([
    // The clause owns its date and its act; the talks before it are the first date's.
    [
      "The two ministers met on Monday in the capital and held talks on trade and the exchanges that Beijing suspended last year.",
      ["2012 Reduce relations", "2013-05-06 Consult"],
    ],
    // Negative: a participle with no subject of its own is no act of its own; the talks keep the
    // first date.
    [
      "The two ministers met on Monday in the capital and held talks on trade and the exchanges suspended last year.",
      ["2013-05-06 Consult"],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await told(sentence)).toEqual(expected);
  });
});
