import { describe, expect, it } from "vitest";
import { lastOnOrBefore } from "./calendar-days.ts";

describe("lastOnOrBefore", () => {
  it.each([
    ["2013-01-07", 9, 18, "2012-09-18"],
    ["2013-10-01", 9, 18, "2013-09-18"],
    ["2013-09-18", 9, 18, "2013-09-18"],
  ])("the last %s-bound day of month %i, day %i is %s", (bound, month, day, want) => {
    expect(lastOnOrBefore(bound, month, day)).toBe(want);
  });
});
