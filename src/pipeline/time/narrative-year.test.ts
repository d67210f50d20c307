import { describe, expect, it } from "vitest";
import type { TimeMention } from "../types.ts";
import { inNarrativeYear, titleYear } from "./narrative-year.ts";
import { runOn } from "../testing/corpus.ts";

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

describe("the year a title names as its page's subject", () => {
  it.each([
    ["2012: Relations at a glance", "2012"],
    ["Navy ties - 2012", "2012"],
    ["Military exchanges, 2012", "2012"],
    ["What the navies did in 2012", "2012"],
    ["Chronology of the year: 2012 - Europe", "2012"],
    ["Defence ties in 2012: a review", "2012"],
    // Negative: a year among the title's words, two years, none.
    ["Panel releases its 2012 report", undefined],
    ["Budget request: 2012 figures", undefined],
    ["2011-2012: two years of talks", undefined],
    ["Relations at a glance", undefined],
  ])("%s → %s", (title, year) => {
    expect(titleYear(title)).toBe(year);
  });

  it("frames the yearless days of an undated chronology", async () => {
    const dates = async (title: string) =>
      (
        await readChronology(title, [
          "Mar. 4-6 - The two defense ministers held their first talks in Beijing on maritime safety.",
          "Oct. 9 - Both navies ran a joint rescue exercise off the coast of Hawaii.",
          "Nov. 2 - The 2012 budget review was released by the ministry.",
        ])
      ).dates;
    expect(await dates("2012: Relations at a glance")).toEqual([
      "2012-03-04",
      "2012-10-09",
      "2012-11-02",
    ]);
    // Negative: a title with no year leaves the days without one; only the year stated stays.
    expect(await dates("Relations at a glance")).toEqual(["2012"]);
  });

  it("keeps an undated chronology whose only year is its title's", async () => {
    const read = (title: string) =>
      readChronology(title, [
        "Apr. 2-3 - The two navies held talks on maritime safety in Qingdao.",
        "Sept. 14 - The defense ministers met in Beijing.",
      ]);
    const dated = await read("Chronology of the year: 2012 - Asia");
    expect(dated.dates).toEqual(["2012-04-02", "2012-09-14"]);
    expect(dated.warnings).toEqual([
      expect.stringMatching(/given as 2012, the one its title names/),
    ]);
    // Negative: with no year in its title either, nothing on the page can be dated.
    const undated = await read("Chronology of the year - Asia");
    expect(undated.dates).toEqual([]);
    expect(undated.warnings).toEqual([
      expect.stringMatching(/no date stated in full; article skipped/),
    ]);
  });
});

/** An undated almanac page of dated entries under `title`, run: its events' dates and warnings. */
async function readChronology(title: string, entries: string[]) {
  const page = ["Almanac Online", "", title, "", ...entries].join("\n");
  const state = await runOn({ "a.txt": page });
  return {
    dates: (state.output?.events.events ?? []).map((e) => e.date.value).sort(),
    warnings: state.warnings.map((w) => w.message),
  };
}
