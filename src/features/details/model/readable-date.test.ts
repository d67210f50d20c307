import { describe, expect, it } from "vitest";
import type { EventDate } from "../../../dataset/index.ts";
import { readableEventDate } from "./readable-date.ts";

const date = (d: Partial<EventDate>): EventDate => ({
  value: "2013-06-07",
  precision: "day",
  text: "",
  basis: "explicit",
  ...d,
});

describe("readableEventDate", () => {
  it.each<[Partial<EventDate>, string]>([
    [{}, "7 June 2013"],
    [{ value: "2012-05", precision: "month" }, "May 2012"],
    [{ value: "2011", precision: "year" }, "2011, year only"],
    [{ end: "2013-06-08" }, "7–8 June 2013"],
  ])("%j reads %s", (d, expected) => expect(readableEventDate(date(d))).toBe(expected));
});
