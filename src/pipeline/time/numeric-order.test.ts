import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";
import { monthFirst, writesDayFirst, writesDotsDayFirst } from "./numeric-order.ts";

describe("writesDayFirst: the order a page writes its numeric dates in", () => {
  it.each<[string, boolean]>([
    // A date that can only be read day first sets the page's order …
    ["Entries: 3/2/2011 talks open. 19/2/2011 talks close.", true],
    ["Signed 14.03.2012 in the capital.", true],
    // So does one without its year, after "on".
    ["The envoy went public on 9/6 and left on 23/6.", true],
    ["A 23/6 vote on 9/6.", false],
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
    // A date without its year after a word that puts a date there ("on") …
    ["left on 23/6 and came back on 4/7", "left on 6/23 and came back on 7/4"],
    // Negative: … but not a fraction, nor numbers with no such word before them.
    ["a 3/4 majority and 4/9 of the seats", "a 3/4 majority and 4/9 of the seats"],
  ])("%s", (text, shown) => {
    expect(monthFirst(text)).toBe(shown);
    expect(monthFirst(text)).toHaveLength(text.length);
  });
});

describe("writesDotsDayFirst: a page's dotted dates are day first", () => {
  it.each<[string, boolean]>([
    // A dotted date that reads either way is read as the countries that write dots read it …
    ["The squadron arrived 04.10.2012, local time.", true],
    ["Signed 14.03.2012; the slashed 4/9/2012 tells nothing of the dots.", true],
    // … unless a dotted date can only be read month first; a page with no dotted date says nothing.
    ["Arrived 04.10.2012 and left 04.16.2012.", false],
    ["Arrived 4/10/2012 at the port.", false],
  ])("%s", (text, dayFirst) => {
    expect(writesDotsDayFirst(text)).toBe(dayFirst);
  });

  it("shows only the dotted dates month first when asked", () => {
    expect(monthFirst("on 04.10.2012 and 4/10/2012", ".")).toBe("on 10.04.2012 and 4/10/2012");
  });
});

describe("a story's dotted date", () => {
  it.each<[string, string]>([
    ["The destroyer reached Pearl Harbor 04.10.2012 for a port call.", "2012-10-04"],
    // Negative: a slashed date that reads either way stays month first.
    ["The destroyer reached Pearl Harbor 4/10/2012 for a port call.", "2012-04-10"],
  ])("%s", async (sentence, day) => {
    const events = await storyEvents("Ships", "HONOLULU, Oct. 9, 2012", sentence);
    expect(events.map((e) => e.date.value)).toEqual([day]);
  });
});
