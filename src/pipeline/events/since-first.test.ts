import { describe, expect, it } from "vitest";
import { datePeople, storyEvents } from "../testing/corpus.ts";

/** Each event of a story published on Wednesday 19 September 2012, as "date: people". */
const eventsOf = async (sentence: string) =>
  (await storyEvents("Visit", "BEIJING, Sept. 19, 2012", sentence)).map(datePeople).sort();

describe("'the first … since' a person did the same", () => {
  it.each([
    [
      "Panetta, who arrived in Beijing on Monday for a three-day visit, is the first U.S. defense secretary to visit China since Robert Gates in January 2011.",
      ["2011-01: Robert M. Gates", "2012-09-17: Leon E. Panetta"],
    ],
    [
      "It is the first visit to the Pentagon by a Chinese minister since General Liang Guanglie came in May of last year.",
      ["2011-05: Liang Guanglie"],
    ],
  ])("is a happening of its own: %s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });

  it.each([
    // No person after "since": the start of a period.
    "Panetta, who arrived in Beijing on Monday, is the first U.S. defense secretary to visit China since 2007.",
    // A person after "since" but no date: nothing to date the earlier act.
    "Panetta, who arrived in Beijing on Monday, is the first U.S. defense secretary to visit China since Robert Gates.",
  ])("is nothing of its own: %s", async (sentence) => {
    expect(await eventsOf(sentence)).toEqual(["2012-09-17: Leon E. Panetta"]);
  });
});
