import { describe, expect, it } from "vitest";
import { dayOfAge } from "./age-stamp.ts";

describe("dayOfAge: a post's age counted back from the day the page was saved", () => {
  it.each([
    ["20 hours ago", "2012-03-14"],
    ["5 hours ago", "2012-03-15"],
    ["Reuters   2 days ago", "2012-03-13"],
    ["Posted 3 days ago", "2012-03-12"],
    ["The Courier – 2 hrs 14 mins ago", "2012-03-15"],
    ["a day ago", "2012-03-14"],
    ["one week ago", "2012-03-08"],
    // Prose that tells an age, and a line with no age, are none.
    ["The two sides met 20 years ago", undefined],
    ["The minister said the talks ended two days ago", undefined],
    ["Posted 3 days later", undefined],
    ["The talks ended 2 days ago.", undefined],
  ])("%s", (line, day) => {
    expect(dayOfAge(line, "2012-03-15")).toBe(day);
  });
});
