import { describe, expect, it } from "vitest";
import type { TimeMention } from "../types.ts";
import { inNarrativeYear } from "./narrative-year.ts";

const mention = (
  text: string,
  value: string,
  precision: TimeMention["precision"],
  basis: TimeMention["basis"],
) => ({ text, value, precision, basis, start: 0, end: text.length }) as TimeMention;

const BEFORE = mention("in the spring of 2011", "2011", "year", "explicit");

describe("a month named without its year on a page with no publication date", () => {
  it.each([
    ["In March", "2013-03", "month", "2011-03"],
    ["on 9 October", "2013-10-09", "day", "2011-10-09"],
    ["Monday, Nov. 5", "2013-11-05", "day", "2011-11-05"],
  ] as const)("%s is read in the year told last", (text, value, precision, expected) => {
    const read = inNarrativeYear(
      mention(text, value, precision, "relative-to-publication"),
      BEFORE,
    );
    expect(read?.value).toBe(expected);
    expect(read?.basis).toBe("previous-date");
  });

  it.each([
    // Counted from a day the page does not give.
    ["on Monday", "2013-11-04", "day", BEFORE],
    ["last year", "2012", "year", BEFORE],
    // No date told before it to take a year from.
    ["In March", "2013-03", "month", undefined],
  ] as const)("%s has no date here", (text, value, precision, before) => {
    expect(
      inNarrativeYear(mention(text, value, precision, "relative-to-publication"), before),
    ).toBeUndefined();
  });
});
