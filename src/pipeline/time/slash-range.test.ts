import { describe, expect, it } from "vitest";
import { findSlashRanges } from "./slash-range.ts";

describe("findSlashRanges", () => {
  it.each<[string, [string, string, string][]]>([
    [
      "1/9-12/2011 -- The secretary visited the capital.",
      [["1/9-12/2011", "2011-01-09", "2011-01-12"]],
    ],
    ["The chief toured bases 5/15–22/2011.", [["5/15–22/2011", "2011-05-15", "2011-05-22"]]],
    // Negative: a last day before the first, a day the month lacks, full dates on both sides.
    ["1/12-9/2011 -- The secretary visited the capital.", []],
    ["2/27-30/2011 -- The secretary visited the capital.", []],
    ["1/9/2011-1/12/2011 -- The secretary visited the capital.", []],
  ])("%s", (sentence, expected) => {
    expect(findSlashRanges(sentence).map((r) => [r.text, r.value, r.endValue])).toEqual(expected);
  });
});
