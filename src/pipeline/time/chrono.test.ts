import { describe, expect, it } from "vitest";
import { parseAt } from "./chrono.ts";

/** Noon UTC of Thursday 27 September 2012. */
const REF = new Date(Date.UTC(2012, 8, 27, 12));
const firstDay = (text: string) => parseAt(text, REF)[0]?.start.date().toISOString().slice(0, 10);

describe("parseAt: chrono behind a quick check for calendar words", () => {
  it.each([
    ["The talks opened on Sept. 19.", "2012-09-19"],
    ["The talks opened Thurs., Sept. 20.", "2012-09-20"],
    ["They met Wednesday.", "2012-09-26"],
    ["They met in May 2012.", "2012-05-01"],
    ["They met yesterday.", "2012-09-26"],
    // A part of a day before "of" and a date is that date's.
    ["They met on the afternoon of Sept. 19.", "2012-09-19"],
    ["They met on the morning of Monday, Sept. 24.", "2012-09-24"],
    // Negative: a part of a day alone is the reference day's.
    ["They met in the afternoon.", "2012-09-27"],
  ])("%s → %s", (text, day) => {
    expect(firstDay(text)).toBe(day);
  });

  it.each([
    // A range written day first, after "from" or "between", keeps both its days.
    ["He toured the bases from 15 to 22 May.", "2012-05-15", "2012-05-22"],
    ["He toured the bases from 15 May to 22 May.", "2012-05-15", "2012-05-22"],
    ["He toured the bases between 15 and 22 May.", "2012-05-15", "2012-05-22"],
    ["He toured the bases from May 15 to 22.", "2012-05-15", "2012-05-22"],
    // An en dash between the days is a range's dash.
    ["He held talks on September 28–29.", "2012-09-28", "2012-09-29"],
    ["He held talks on September 28.", "2012-09-28", undefined],
    // Two days in a row joined by "and" are one stretch; days apart, or a count, are not.
    ["The navies drilled on August 24 and 25.", "2012-08-24", "2012-08-25"],
    ["The navies drilled on 24 and 25 August.", "2012-08-24", "2012-08-25"],
    ["The navies drilled on August 3 and 9.", "2012-08-03", undefined],
    ["On August 24 and 25 officers attended.", "2012-08-24", undefined],
  ])("%s → %s to %s", (text, first, last) => {
    const [found] = parseAt(text, REF);
    expect(found?.start.date().toISOString().slice(0, 10)).toBe(first);
    const end = found?.end?.date().toISOString().slice(0, 10);
    expect(end === first ? undefined : end).toBe(last);
  });

  it.each([
    // A month counted from the 31st is the month before or after, not a month run over …
    ["They met last month.", "2013-10-31", "2013-09"],
    ["They will meet next month.", "2013-10-31", "2013-11"],
    ["They met last month.", "2013-03-30", "2013-02"],
    // … while a week counted from it, and a day named, keep the reference's own day.
    ["They met last week.", "2013-10-31", "2013-10-24"],
    ["They met on Oct. 30.", "2013-10-31", "2013-10-30"],
  ])("%s, told on %s → %s", (text, told, date) => {
    const [found] = parseAt(text, new Date(`${told}T12:00:00Z`));
    const iso = found?.start.date().toISOString() ?? "";
    expect(iso.slice(0, date.length)).toBe(date);
  });

  it('leaves "from" before numbers that no month follows as chrono reads it', () => {
    expect(parseAt("Exports rose from 15 to 22 percent in May.", REF)[0]?.text).toBe(
      "from 15 to 22",
    );
  });

  it.each(["The talks went well.", "The Mayor of Sunderland spoke."])(
    "finds no date in %s",
    (text) => {
      expect(parseAt(text, REF)).toEqual([]);
    },
  );
});
