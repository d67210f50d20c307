import { describe, expect, it } from "vitest";
import { formatDayRange, formatEventDate, formatPartialDate } from "./format-event-date.ts";
import type { EventDate } from "../dataset/index.ts";

const date = (d: Partial<EventDate>): EventDate => ({
  value: "2013-06-07",
  precision: "day",
  text: "",
  basis: "explicit",
  ...d,
});

describe("formatPartialDate", () => {
  it.each([
    ["2013-06-07", "day", "7 June 2013"],
    ["2010-01-01", "day", "1 January 2010"],
    ["2012-05", "month", "May 2012"],
    ["2011", "year", "2011"],
  ] as const)("%s at %s precision reads %s", (value, precision, expected) => {
    expect(formatPartialDate(value, precision)).toBe(expected);
  });
});

describe("formatDayRange", () => {
  it("shares month and year", () =>
    expect(formatDayRange("2013-06-07", "2013-06-08")).toBe("7–8 June 2013"));
  it("shares the year only", () =>
    expect(formatDayRange("2013-05-30", "2013-06-02")).toBe("30 May – 2 June 2013"));
  it("spans a new year", () =>
    expect(formatDayRange("2012-12-30", "2013-01-02")).toBe("30 December 2012 – 2 January 2013"));
});

describe("formatEventDate", () => {
  it("formats a single day", () => expect(formatEventDate(date({}))).toBe("7 June 2013"));
  it("formats a multi-day event as a range", () =>
    expect(formatEventDate(date({ end: "2013-06-08" }))).toBe("7–8 June 2013"));
  it("treats an end equal to the start as a single day", () =>
    expect(formatEventDate(date({ end: "2013-06-07" }))).toBe("7 June 2013"));
  it("formats month and year precision", () => {
    expect(formatEventDate(date({ value: "2012-05", precision: "month" }))).toBe("May 2012");
    expect(formatEventDate(date({ value: "2011", precision: "year" }))).toBe("2011");
  });
  it("shows the end of a coarse event that has one", () =>
    expect(formatEventDate(date({ value: "2012-05", precision: "month", end: "2012-06-15" }))).toBe(
      "May 2012 – 15 June 2012",
    ));
});
