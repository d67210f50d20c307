import { describe, expect, it } from "vitest";
import { isoDay } from "./dates.ts";

describe("isoDay", () => {
  const at = (ms: number) => new Date(ms);
  it.each([
    ["a day at noon", Date.UTC(2013, 5, 8, 12), "2013-06-08"],
    ["the first of January at midnight", Date.UTC(2012, 0, 1, 0), "2012-01-01"],
    ["the last instant of December", Date.UTC(1999, 11, 31, 23, 59, 59, 999), "1999-12-31"],
    ["a leap day", Date.UTC(2012, 1, 29, 12), "2012-02-29"],
    ["the first year of four digits", Date.UTC(1000, 0, 1, 12), "1000-01-01"],
    ["the last year of four digits", Date.UTC(9999, 11, 31, 12), "9999-12-31"],
  ])("writes %s as toISOString does", (_, ms, day) => {
    expect(isoDay(at(ms))).toBe(day);
    expect(isoDay(at(ms))).toBe(at(ms).toISOString().slice(0, 10));
  });

  it.each([
    ["a year of three digits", new Date(Date.UTC(2000, 0, 1, 12)).setUTCFullYear(999)],
    ["a year before year 0", new Date(Date.UTC(2000, 0, 1, 12)).setUTCFullYear(-5)],
    ["a year of five digits", new Date(Date.UTC(2000, 0, 1, 12)).setUTCFullYear(12000)],
  ])("leaves %s to toISOString", (_, ms) => {
    expect(isoDay(at(ms))).toBe(at(ms).toISOString().slice(0, 10));
  });

  it("throws on an invalid date, as toISOString does", () => {
    expect(() => isoDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
