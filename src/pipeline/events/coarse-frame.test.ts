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
      "Exchanges picked up in 2012, with a port call in March and a defense talk in July.",
      [
        ["2012", "2012"],
        ["March", "2012-03"],
        ["July", "2012-07"],
      ],
      ["March", "July"],
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
      "The minister visited Washington in 2012, after a port call in March and talks in July.",
      [
        ["2012", "2012"],
        ["March", "2012-03"],
        ["July", "2012-07"],
      ],
      ["2012", "March", "July"],
    ],
    // A later date outside it, or a single one, is no sign of a frame.
    [
      "Exchanges picked up in 2012, with a port call in March and talks in 2013.",
      [
        ["2012", "2012"],
        ["March", "2012-03"],
        ["2013", "2013"],
      ],
      ["2012", "March", "2013"],
    ],
    [
      "Exchanges picked up in 2012, with a port call in March.",
      [
        ["2012", "2012"],
        ["March", "2012-03"],
      ],
      ["2012", "March"],
    ],
  ])("%s", (text, dates, want) => {
    expect(kept(text, dates)).toEqual(want);
  });

  it("leaves each of the framed occasions its own month", async () => {
    const state = await runOn({
      "a.txt": story(
        "Ties",
        "WASHINGTON, Dec. 12, 2012",
        "Exchanges have picked up this year, with a visit by Defense Secretary Leon Panetta to Qingdao in March and Defense Minister Liang Guanglie's trip to Fort Benning in July.",
      ),
    });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => e.date.value).sort()).toEqual(["2012-03", "2012-07"]);
  });
});
