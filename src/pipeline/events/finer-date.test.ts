import { describe, expect, it } from "vitest";
import type { Precision } from "../../dataset/types.ts";
import type { TimeMention } from "../types.ts";
import { finerDateWithin } from "./finer-date.ts";

const at = (value: string, precision: Precision, more: Partial<TimeMention> = {}): TimeMention => ({
  start: 0,
  end: 1,
  text: value,
  value,
  precision,
  basis: "explicit",
  inQuote: false,
  future: false,
  ...more,
});

describe("finerDateWithin", () => {
  const month = at("2013-02", "month");
  const year = at("2012", "year");
  it.each([
    ["a day inside the month", month, [month, at("2013-02-19", "day")], "2013-02-19"],
    ["a month inside the year", year, [year, at("2012-05", "month")], "2012-05"],
    [
      "the finest of several",
      year,
      [year, at("2012-05", "month"), at("2012-05-03", "day")],
      "2012-05-03",
    ],
  ])("%s", (_, t, others, value) => {
    expect(finerDateWithin(t, others).value).toBe(value);
  });

  it.each([
    ["a day outside the month", month, [month, at("2013-03-19", "day")]],
    ["a coarser date", at("2013-02-19", "day"), [at("2013", "year")]],
    [
      "a planned day beside a past month",
      month,
      [month, at("2013-02-27", "day", { future: true })],
    ],
    ["a day inside a quotation", month, [month, at("2013-02-19", "day", { inQuote: true })]],
    ["a range", month, [month, at("2013-02-19", "day", { endValue: "2013-02-21" })]],
  ])("keeps the date beside %s", (_, t, others) => {
    expect(finerDateWithin(t, others)).toBe(t);
  });
});
