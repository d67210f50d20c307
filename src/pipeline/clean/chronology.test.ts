import { describe, expect, it } from "vitest";
import { chronologyHeadings, isDateHeading } from "./chronology.ts";
import { runOn } from "../testing/corpus.ts";

describe("isDateHeading", () => {
  it.each([
    ["March 2011", true],
    ["4-5 June 2012", true],
    ["Sept. 9, 2013:", true],
    ["2012", true],
    ["Aug 14 2013 -", true],
    // Negative: a date in a sentence, a date with no year, a clock, a headline with a date.
    ["The talks resumed in March 2011.", false],
    ["March 4", false],
    ["March 4, 2011 10:12 AM", false],
    ["Envoys meet again, March 2011", false],
  ])("%s", (line, expected) => {
    expect(isDateHeading(line)).toBe(expected);
  });
});

describe("chronologyHeadings", () => {
  const page = [
    "Here is how the dispute grew:",
    "",
    "March 2011",
    "The envoys meet for the first time and agree to talk again.",
    "",
    "5 May 2012",
    "A second round opens in the capital.",
  ];

  it("gives each paragraph under a heading its heading", () => {
    expect(chronologyHeadings(page, [0, 3, 6], 0, page.length)).toEqual(
      new Map([
        [3, "March 2011"],
        [6, "5 May 2012"],
      ]),
    );
  });

  it("is no timeline with a single heading (a lone date line is a stamp)", () => {
    expect(chronologyHeadings(page.slice(0, 4), [0, 3], 0, 4)).toBeUndefined();
  });
});

describe("a timeline's entries, dated by their headings", () => {
  it("frames a day named without a year in its heading's year, and dates an undated entry", async () => {
    const page = [
      "A timeline of the dispute",
      "",
      "By Jane Roe",
      "Published: June 3, 2013",
      "",
      "The two governments have traded charges for three years. Here is how the dispute grew over that time:",
      "",
      "January 2011",
      "The ministry suspends the exchanges on 10 January and summons the ambassador over the arms sale.",
      "",
      "October 2012",
      "The committee releases a report that names two companies as a threat to the networks.",
    ].join("\n");
    const state = await runOn({ "a.txt": page });
    const dates = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(dates).toEqual(["2011-01-10", "2012-10"]);
  });
});
