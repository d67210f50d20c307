import { describe, expect, it } from "vitest";
import { dayDiff } from "../util/dates.ts";
import { draft } from "../testing/drafts.ts";
import { datesOf, epochDay } from "./draft-dates.ts";

describe("epochDay", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["2012-02-29", 15399],
    ["2012-03", 15400],
    ["2012", 15340],
    ["1969-12-31", -1],
  ])("%s is day %i", (iso, day) => expect(epochDay(iso)).toBe(day));

  it("counts the days between two dates as dayDiff does", () => {
    const days = ["2010-01-01", "2011-12-31", "2012-02-29", "2012-03", "2013", "2013-06-08"];
    for (const a of days)
      for (const b of days) expect(epochDay(b) - epochDay(a)).toBe(dayDiff(a, b));
  });
});

describe("datesOf", () => {
  it.each([
    ["2012-05-07", "2012-05-07", "2012-05-07"],
    ["2012-05-07..2012-05-09", "2012-05-07", "2012-05-09"],
    ["2012-02", "2012-02-01", "2012-02-29"],
    ["2012", "2012-01-01", "2012-12-31"],
    // An end before the last day of the precision's span does not shorten it.
    ["2012-02..2012-02-10", "2012-02-01", "2012-02-29"],
  ])("%s covers %s to %s", (date, first, last) => {
    const dates = datesOf(draft({ date }));
    expect([dates.first, dates.last]).toEqual([first, last]);
    expect([dates.firstDay, dates.lastDay]).toEqual([epochDay(first), epochDay(last)]);
  });

  it("reads the publication day a draft is told by, and none when there is none", () => {
    expect(datesOf({ ...draft(), toldBy: "2012-05-10" }).toldByDay).toBe(epochDay("2012-05-10"));
    expect(datesOf(draft()).toldByDay).toBeUndefined();
  });
});
