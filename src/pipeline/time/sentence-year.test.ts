import { describe, expect, it } from "vitest";
import { noonUtc } from "../util/dates.ts";
import { resolveTimes } from "./resolve.ts";
import { carrySentenceYear } from "./sentence-year.ts";
import type { TimeMention } from "../types.ts";

/** The dates of one sentence of narration published on 15 February 2012. */
function datesOf(sentence: string): string[] {
  const published = noonUtc(2012, 2, 15);
  return resolveTimes(sentence, 0, [], { published, scene: published }).map(
    (t) => t.value + (t.endValue ? `..${t.endValue}` : ""),
  );
}

describe("a day with no year takes the one year its sentence's days name", () => {
  it.each([
    // The year told before the bare day, and the bare day later in time.
    [
      "The order was signed on March 2, 2010, and the talks stopped on March 9.",
      ["2010-03-02", "2010-03-09"],
    ],
    // The year told after: the bare day comes first in the text and in time.
    [
      "A first round opened in Oslo on October 4, and the next followed on December 6, 2010.",
      ["2010-10-04", "2010-12-06"],
    ],
    // A day written before its month.
    [
      "The envoy spent 2–9 March 2010 in the capital; on 4 March he met the minister.",
      ["2010-03-02..2010-03-09", "2010-03-04"],
    ],
    // A range.
    [
      "The panel sat on June 1, 2010 and again on August 3-5.",
      ["2010-06-01", "2010-08-03..2010-08-05"],
    ],
    // Negative: out of the order the sentence tells, the bare day keeps its own year.
    ["They met on June 7, a year after the talks of May 4, 2010.", ["2011-06-07", "2010-05-04"]],
    // Negative: a month and its year frame no later month of the sentence.
    ["The June 2010 round and the August meeting both failed.", ["2010-06", "2011-08"]],
    // Negative: a date still to come keeps the next one.
    ["After the March 2, 2010 order, they will meet on March 9.", ["2010-03-02", "2012-03-09"]],
    // Negative: two years named leave the bare day to publication.
    [
      "The order of March 2, 2010 and the reply of May 4, 2011 preceded talks on October 1.",
      ["2010-03-02", "2011-05-04", "2011-10-01"],
    ],
    // Negative: "last May 4" steps from publication.
    ["The round of June 1, 2010 and the one last May 4 both failed.", ["2010-06-01", "2011-05-04"]],
  ])("%s", (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});

describe("a day with no year takes the year named alone before it", () => {
  it.each([
    ["In 2010 the panel's report reached the committee on 16 August.", ["2010", "2010-08-16"]],
    // A day counted from the day moved moves with it.
    [
      "The 2010 edition came out on 24 August, and on the 26th the ministry replied.",
      ["2010", "2010-08-24", "2010-08-26"],
    ],
    // Negative: a year that bounds frames nothing.
    ["After 2010 the panel's reports came out on 16 August.", ["2010", "2011-08-16"]],
    // Negative: two years named leave the bare day to publication.
    ["The 2009 and 2010 editions were both revised on 16 August.", ["2009", "2010", "2011-08-16"]],
  ])("%s", (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});

describe("carrySentenceYear", () => {
  const day = (text: string, value: string, start: number, explicit = false): TimeMention => ({
    start,
    end: start + text.length,
    text,
    value,
    precision: "day",
    basis: explicit ? "explicit" : "relative-to-publication",
    inQuote: false,
    future: false,
  });
  it("leaves a leap day that the sentence's year does not have", () => {
    const mentions = [
      day("February 2, 2010", "2010-02-02", 0, true),
      day("February 29", "2012-02-29", 40),
    ];
    carrySentenceYear(mentions);
    expect(mentions.map((m) => m.value)).toEqual(["2010-02-02", "2012-02-29"]);
  });
  it("moves a day the sentence's year has", () => {
    const mentions = [
      day("February 2, 2010", "2010-02-02", 0, true),
      day("February 28", "2012-02-28", 40),
    ];
    carrySentenceYear(mentions);
    expect(mentions.map((m) => m.value)).toEqual(["2010-02-02", "2010-02-28"]);
  });
});

describe("an entry's day with no year goes on in the year of the day told before it", () => {
  /** The dates of a sentence told after one that named `before`, on a page of 15 February 2012. */
  function after(before: TimeMention, sentence: string): string[] {
    const published = noonUtc(2012, 2, 15);
    return resolveTimes(sentence, 0, [], { published, scene: published, previous: before }).map(
      (t) => t.value,
    );
  }
  const told = (value: string, basis: TimeMention["basis"] = "explicit"): TimeMention => ({
    start: 0,
    end: 10,
    text: value,
    value,
    precision: "day",
    basis,
    inQuote: false,
    future: false,
  });

  it.each<[TimeMention, string, string[]]>([
    [told("2010-02-11"), "On 18 February, the minister answered the envoy.", ["2010-02-18"]],
    [told("2010-02-11"), "On April 3, the company moved its service.", ["2010-04-03"]],
    // The day before may have its year from the text in other words ("The same day").
    [told("2010-02-11", "previous-date"), "On 27 February, a spokesman replied.", ["2010-02-27"]],
    // Negatives: a day inside the sentence, a day before the one told, a year read from
    // publication before, and a day still to come keep their own reading.
    [told("2010-02-11"), "The minister answered the envoy on 12 January.", ["2012-01-12"]],
    [told("2010-03-14"), "On 12 January, the minister answered the envoy.", ["2012-01-12"]],
    [
      told("2011-12-14", "relative-to-publication"),
      "On 12 January, the minister answered the envoy.",
      ["2012-01-12"],
    ],
    [told("2010-02-11"), "On 21 February, the minister will answer the envoy.", ["2012-02-21"]],
    // A stretch of days written day first goes on in that year too; not one before the day told.
    [told("2010-02-11"), "The envoy's stay, from 4 to 8 July, ended at the port.", ["2010-07-04"]],
    [told("2010-08-11"), "The envoy's stay, from 4 to 8 July, ended at the port.", ["2011-07-04"]],
  ])("after %j: %s", (before, sentence, dates) => {
    expect(after(before, sentence)).toEqual(dates);
  });
});
