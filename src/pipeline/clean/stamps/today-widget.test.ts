import { describe, expect, it } from "vitest";
import { isTodayWidget } from "./today-widget.ts";

describe("isTodayWidget", () => {
  it.each([
    // The day a page was viewed, shown by the page itself: in English and in Chinese.
    ["Today is Friday, March 4, 2016", true],
    ["Home | News | Today is: Mar. 4, 2016", true],
    ["Example English 例句网  今天是2016年3月4日 星期五", true],
    ["Today's date: 2016-03-04", true],
    ["Today: Wed, 9 Nov 2016", true],
    // A publication stamp, a narrated "today" and a date alone are no such widget.
    ["Published: Friday, March 4, 2011", false],
    ["The ministry said today is March 4, 2011, the deadline", false],
    ["2011-03-04 10:15", false],
    ["Today the talks end", false],
    ["Today, March 4, 2011, the talks end", false],
  ])("%s → %s", (line, expected) => {
    expect(isTodayWidget(line)).toBe(expected);
  });
});
