import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";
import { sentenceOf, timeOf } from "../testing/sentence.ts";
import { withoutCoarseFrame } from "./coarse-frame.ts";
import { findTriggers } from "./triggers.ts";

/** The words of the dates kept, from a sentence and its dates as [words, value]. */
function kept(text: string, dates: [string, string][]): string[] {
  const times = dates.map(([words, value]) => timeOf(text, words, value));
  const s = { ...sentenceOf(text), times };
  return withoutCoarseFrame(times, findTriggers(s, [])).map((t) => t.text);
}

describe("withoutCoarseFrame", () => {
  it.each<[string, [string, string][], string[]]>([
    // A year with no act before it, holding two later months: it only frames them.
    [
      "Ties gained momentum in 2012, with the minister's tour in May and the secretary's trip in September.",
      [
        ["2012", "2012"],
        ["May", "2012-05"],
        ["September", "2012-09"],
      ],
      ["May", "September"],
    ],
    // A month holding two of its days.
    [
      "Contacts grew in May, with talks on May 4 and a port call on May 19.",
      [
        ["May", "2012-05"],
        ["May 4", "2012-05-04"],
        ["May 19", "2012-05-19"],
      ],
      ["May 4", "May 19"],
    ],
    // An act before the coarse date makes it that act's own.
    [
      "The minister visited Washington in 2012, after talks in May and a trip in September.",
      [
        ["2012", "2012"],
        ["May", "2012-05"],
        ["September", "2012-09"],
      ],
      ["2012", "May", "September"],
    ],
    // A later date outside it, or a single one, is no sign of a frame.
    [
      "Ties gained momentum in 2012, with the minister's tour in May and the secretary's trip in 2013.",
      [
        ["2012", "2012"],
        ["May", "2012-05"],
        ["2013", "2013"],
      ],
      ["2012", "May", "2013"],
    ],
    [
      "Ties gained momentum in 2012, with the minister's tour in May.",
      [
        ["2012", "2012"],
        ["May", "2012-05"],
      ],
      ["2012", "May"],
    ],
  ])("%s", (text, dates, want) => {
    expect(kept(text, dates)).toEqual(want);
  });

  it("leaves each of the framed occasions its own month", async () => {
    const state = await runOn({
      "a.txt": story(
        "Ties",
        "WASHINGTON, Dec. 12, 2012",
        "Officials pointed to the momentum built this year, citing the visit of Defense Minister Liang Guanglie to the Pentagon in May and Defense Secretary Leon Panetta's trip to Beijing in September.",
      ),
    });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => e.date.value).sort()).toEqual(["2012-05", "2012-09"]);
  });
});
