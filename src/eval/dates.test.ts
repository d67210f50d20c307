import { describe, expect, it } from "vitest";
import type { EventDate } from "../dataset/index.ts";
import { dayRange, goldRanges, isExactDate, overlap } from "./dates.ts";
import { goldEvent } from "./testing/fixtures.ts";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const extracted = (value: string, end?: string): EventDate => ({
  value,
  precision: value.length === 4 ? "year" : value.length === 7 ? "month" : "day",
  ...(end ? { end } : {}),
  text: value,
  basis: "explicit",
});

describe("dayRange", () => {
  it.each([
    ["2012", undefined, undefined, "2012-01-01", "2012-12-31"],
    ["2012-02", undefined, undefined, "2012-02-01", "2012-02-29"],
    ["2013-06-07", undefined, undefined, "2013-06-07", "2013-06-07"],
    ["2013-06-07", undefined, "2013-06-09", "2013-06-07", "2013-06-09"],
    // The precision, not the form, decides: a day value read at month precision is the month.
    ["2013-06-07", "month", undefined, "2013-06-01", "2013-06-30"],
    ["2013-06", "month", "2013-07-02", "2013-06-01", "2013-07-02"],
  ] as const)("%s (%s, end %s) spans %s to %s", (value, precision, end, first, last) => {
    expect(dayRange(value, precision, end)).toEqual({ first: day(first), last: day(last) });
  });

  it("is null for what is not an ISO date", () => {
    expect(dayRange("June 2013")).toBeNull();
  });
});

describe("overlap", () => {
  const r = (a: string, b: string) => ({ first: day(a), last: day(b) });
  it.each([
    [r("2012-05-01", "2012-05-31"), r("2012-05-31", "2012-06-02"), true],
    [r("2012-05-01", "2012-05-31"), r("2012-06-01", "2012-06-02"), false],
    [r("2012-01-01", "2012-12-31"), r("2012-07-04", "2012-07-04"), true],
  ])("%o and %o: %s", (a, b, expected) => {
    expect(overlap(a, b)).toBe(expected);
    expect(overlap(b, a)).toBe(expected);
  });
});

describe("goldRanges", () => {
  it("gives the gold date and each alternative, all widened to the end", () => {
    const gold = goldEvent({ date: "2010-12-10", alternatives: ["2010-12-09"], evidence: ["x"] });
    expect(goldRanges(gold)).toEqual([
      { first: day("2010-12-10"), last: day("2010-12-10") },
      { first: day("2010-12-09"), last: day("2010-12-09") },
    ]);
  });
});

describe("isExactDate: the extracted date at the gold's precision", () => {
  const evidence = ["x"];
  it.each([
    ["a gold day, the same day", goldEvent({ date: "2012-05-07", evidence }), "2012-05-07", true],
    ["a gold day, the next day", goldEvent({ date: "2012-05-07", evidence }), "2012-05-08", false],
    ["a gold day, its month", goldEvent({ date: "2012-05-07", evidence }), "2012-05", false],
    ["a gold month, that month", goldEvent({ date: "2012-05", evidence }), "2012-05", true],
    ["a gold month, a day in it", goldEvent({ date: "2012-05", evidence }), "2012-05-07", false],
    ["a gold year, that year", goldEvent({ date: "2011", evidence }), "2011", true],
    ["a gold year, a month in it", goldEvent({ date: "2011", evidence }), "2011-08", false],
    [
      "a gold range, a day inside it",
      goldEvent({ date: "2013-06-07", end: "2013-06-09", evidence }),
      "2013-06-08",
      true,
    ],
    [
      "a gold range, its last day",
      goldEvent({ date: "2013-06-07", end: "2013-06-09", evidence }),
      "2013-06-09",
      true,
    ],
    [
      "a gold range, a day after it",
      goldEvent({ date: "2013-06-07", end: "2013-06-09", evidence }),
      "2013-06-10",
      false,
    ],
    [
      "a gold day with an alternative, the alternative",
      goldEvent({ date: "2010-12-10", alternatives: ["2010-12-09"], evidence }),
      "2010-12-09",
      true,
    ],
    [
      "a gold year with alternatives, another year",
      goldEvent({ date: "2010", alternatives: ["2011"], evidence }),
      "2012",
      false,
    ],
  ])("%s", (_, gold, value, expected) => {
    expect(isExactDate(extracted(value), gold)).toBe(expected);
  });
});
