import { describe, expect, it } from "vitest";
import { periodLabel } from "./period-label.ts";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("periodLabel", () => {
  it.each([
    ["one day", "2013-06-07", "2013-06-08", "7 Jun 2013"],
    ["days in a month", "2013-06-03", "2013-06-22", "3–21 Jun 2013"],
    ["days across months", "2013-05-28", "2013-06-04", "28 May–3 Jun 2013"],
    ["days across years", "2012-12-30", "2013-01-03", "30 Dec 2012–2 Jan 2013"],
    ["a whole month", "2013-06-01", "2013-07-01", "Jun 2013"],
    ["months in a year", "2013-06-01", "2013-09-01", "Jun–Aug 2013"],
    ["a long stretch in one month's terms", "2013-06-05", "2013-08-20", "Jun–Aug 2013"],
    ["months across years", "2012-12-01", "2013-03-01", "Dec 2012–Feb 2013"],
    ["a whole year", "2013-01-01", "2014-01-01", "2013"],
    ["years", "2010-03-01", "2013-02-01", "2010–2013"],
  ])("%s", (_name, start, end, expected) => expect(periodLabel(at(start), at(end))).toBe(expected));
});
