import { describe, expect, it } from "vitest";
import type { EventDate } from "../../../dataset/index.ts";
import { chicagoDate, chicagoEventDate, localIsoDay } from "./citation-date.ts";

const date = (value: string, precision: EventDate["precision"], end?: string): EventDate => ({
  value,
  precision,
  end,
  text: "",
  basis: "explicit",
});

describe("chicagoDate", () => {
  it.each([
    ["2012-05-07", "day", "May 7, 2012"],
    ["2026-11-22", "day", "November 22, 2026"],
    ["2013-01-01", "day", "January 1, 2013"],
    ["2012-05", "month", "May 2012"],
    ["2011", "year", "2011"],
  ] as const)("%s (%s) → %s", (value, precision, expected) =>
    expect(chicagoDate(value, precision)).toBe(expected),
  );
});

describe("chicagoEventDate", () => {
  it.each([
    [date("2013-06-07", "day"), "June 7, 2013"],
    [date("2013-06-07", "day", "2013-06-07"), "June 7, 2013"],
    [date("2013-06-07", "day", "2013-06-08"), "June 7\u20138, 2013"],
    [date("2013-05-30", "day", "2013-06-02"), "May 30 \u2013 June 2, 2013"],
    [date("2012-12-30", "day", "2013-01-02"), "December 30, 2012 \u2013 January 2, 2013"],
    [date("2013-06", "month", "2013-07-15"), "June 2013 \u2013 July 15, 2013"],
  ])("%o → %s", (d, expected) => expect(chicagoEventDate(d)).toBe(expected));
});

describe("localIsoDay", () => {
  it("reads the local calendar day (tests run with TZ=UTC)", () => {
    expect(localIsoDay(new Date("2026-11-22T23:59:00Z"))).toBe("2026-11-22");
    expect(localIsoDay(new Date("2026-01-05T00:00:00Z"))).toBe("2026-01-05");
  });
});
