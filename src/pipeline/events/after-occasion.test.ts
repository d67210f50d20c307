import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of a story published on Thursday 20 January 2011, as [date, CAMEO code]. */
const eventsOf = async (...sentences: string[]) =>
  (await storyEvents("Summit", "WASHINGTON, Jan. 20, 2011", ...sentences)).map((e) => [
    e.date.value,
    e.type.cameo,
  ]);

const TALKS =
  "Chinese President Hu Jintao and U.S. President Barack Obama held talks at the White House on Wednesday.";

describe("a statement or a news conference set after an occasion of one day", () => {
  it.each([
    "In a joint statement issued after the talks, the two sides said military ties are essential.",
    "Speaking at a joint press conference after the talks, Hu said much remains to be done.",
  ])("is a happening of its own that day: %s", async (second) => {
    expect(await eventsOf(TALKS, second)).toEqual([
      ["2011-01-19", "040"],
      ["2011-01-19", "010"],
    ]);
  });

  it.each([
    // What was said after it is more of the occasion.
    "After the talks, Hu said much remains to be done.",
    // A statement not set after the occasion is left to the other rules.
    "Hu said at the talks that much remains to be done.",
  ])("is not told by: %s", async (second) => {
    expect(await eventsOf(TALKS, second)).toEqual([["2011-01-19", "040"]]);
  });
});

describe("a meeting set before or after an occasion of one day, with people of its own", () => {
  const SUMMIT = "Leaders of twenty countries closed their summit in the capital on Wednesday.";
  it("is a meeting of its own that day", async () => {
    const events = await storyEvents(
      "Summit",
      "WASHINGTON, Jan. 20, 2011",
      SUMMIT,
      "Before the session opened, Japanese Prime Minister Naoto Kan and Chinese Premier Wen Jiabao held a short meeting at a hotel.",
    );
    const rows = events.map((e) => `${e.date.value}: ${e.actors.map((a) => a.name).join(", ")}`);
    expect(rows.sort()).toEqual(["2011-01-19: ", "2011-01-19: Naoto Kan, Wen Jiabao"]);
  });

  it.each([
    // One person alone at the occasion is more of it …
    "Before the session opened, Chinese Premier Wen Jiabao held a short meeting with aides.",
    // … and a meeting not set beside the occasion is left to the other rules.
    "Later, Japanese Prime Minister Naoto Kan and Chinese Premier Wen Jiabao called the gathering useful.",
  ])("is not told by: %s", async (second) => {
    const events = await storyEvents("Summit", "WASHINGTON, Jan. 20, 2011", SUMMIT, second);
    expect(events).toHaveLength(1);
  });
});

describe("a telling's date right before the occasion it followed", () => {
  it.each([
    [
      "The two navies will hold a joint exercise later this year, Defense Minister Liang Guanglie and Defense Secretary Robert Gates announced on Wednesday after talks at the Pentagon.",
      [
        ["2011", "062"],
        ["2011-01-19", "040"],
      ],
    ],
  ])("%s", async (sentence, expected) => {
    expect((await eventsOf(sentence)).sort()).toEqual(expected);
  });

  it.each([
    // Told without an occasion after it, the date only dates the telling.
    [
      "The two navies will hold a joint exercise later this year, Defense Minister Liang Guanglie and Defense Secretary Robert Gates announced on Wednesday in a statement.",
      [["2011", "062"]],
    ],
  ])("not %s", async (sentence, expected) => {
    expect((await eventsOf(sentence)).sort()).toEqual(expected);
  });
});
