import { describe, expect, it } from "vitest";
import { monthFirst, writesDayFirst } from "./numeric-order.ts";

describe("writesDayFirst: the order a page writes its numeric dates in", () => {
  it.each<[string, boolean]>([
    // A date that can only be read day first sets the page's order …
    ["Entries: 3/2/2011 talks open. 19/2/2011 talks close.", true],
    ["Signed 14.03.2012 in the capital.", true],
    // … unless another can only be read month first …
    ["Entries: 19/2/2011 talks close. 2/19/2011 a reply.", false],
    // … and dates that read either way tell nothing, nor do fractions and clock times.
    ["Entries: 3/2/2011 talks open. 4/9/2012 a visit.", false],
    ["The vote passed 15/2 with a turnout of 13.5 per cent at 18.30.", false],
  ])("%s", (text, dayFirst) => {
    expect(writesDayFirst(text)).toBe(dayFirst);
  });
});

describe("monthFirst: a day-first date shown month first, offsets kept", () => {
  it.each<[string, string]>([
    ["4/9/2012 talks in the capital", "9/4/2012 talks in the capital"],
    ["from 19/2/2011 on", "from 2/19/2011 on"],
    ["on 14.03.2012.", "on 03.14.2012."],
    // Negative: a fraction or a date without its year is left alone.
    ["a 3/4 majority on 4/9", "a 3/4 majority on 4/9"],
  ])("%s", (text, shown) => {
    expect(monthFirst(text)).toBe(shown);
    expect(monthFirst(text)).toHaveLength(text.length);
  });
});
