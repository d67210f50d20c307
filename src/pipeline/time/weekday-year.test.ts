import { describe, expect, it } from "vitest";
import { isoDay, noonUtc } from "../util/dates.ts";
import { yearOfItsWeekday } from "./weekday-year.ts";

describe("yearOfItsWeekday", () => {
  const ref = noonUtc(2011, 3, 4);
  it.each([
    // March 8 is a Tuesday in 2011, a Monday in 2010, a Thursday in 2012.
    [3, 8, 2, "2011-03-08"],
    [3, 8, 1, "2010-03-08"],
    [3, 8, 4, "2012-03-08"],
    // Late in the year, the year before, when that is where the weekday agrees.
    [12, 20, 1, "2010-12-20"],
    // No year near agrees: the writer slipped, and the tense decides.
    [3, 8, 0, undefined],
    // February 29 only in a leap year that agrees.
    [2, 29, 3, "2012-02-29"],
  ])("%i/%i, weekday %i → %s", (month, day, weekday, expected) => {
    const found = yearOfItsWeekday(noonUtc(2000, month, day), weekday, ref);
    expect(found && isoDay(found)).toBe(expected);
  });
});
