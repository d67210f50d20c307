import { describe, expect, it } from "vitest";
import { sentenceOf, timeOf } from "../testing/sentence.ts";
import { withoutModifierYears } from "./edition-year.ts";
import { findTriggers } from "./triggers.ts";

/** The words of the dates a sentence keeps, given each date's words and value. */
function kept(text: string, dates: [string, string][]): string[] {
  const s = sentenceOf(text);
  const times = dates.map(([words, value]) => timeOf(text, words, value));
  return withoutModifierYears(s, times, findTriggers(s, [])).map((t) => t.text);
}

describe("withoutModifierYears", () => {
  it.each<[string, [string, string][], string[]]>([
    // A year between a determiner and a noun describes the thing, beside another date …
    [
      "The team will tour towns struck by the 2008 floods on Saturday.",
      [
        ["2008", "2008"],
        ["on Saturday", "2012-12-01"],
      ],
      ["on Saturday"],
    ],
    [
      "Officials cited China's 1999 law at the talks on Monday.",
      [
        ["1999", "1999"],
        ["on Monday", "2012-12-03"],
      ],
      ["on Monday"],
    ],
    // … but an occasion's own year stays ("the 2011 Shangri-La Dialogue" is that year's forum) …
    [
      "He recalled the 2011 Shangri-La Dialogue on Monday.",
      [
        ["2011", "2011"],
        ["on Monday", "2012-12-03"],
      ],
      ["2011", "on Monday"],
    ],
    // … and so does a year that is the sentence's only date, or one told as a time.
    ["The team toured the 2008 flood plain.", [["2008", "2008"]], ["2008"]],
    [
      "The two sides met in 2011 and again on Monday.",
      [
        ["2011", "2011"],
        ["on Monday", "2012-12-03"],
      ],
      ["2011", "on Monday"],
    ],
  ])("%s", (text, dates, want) => {
    expect(kept(text, dates)).toEqual(want);
  });
});
