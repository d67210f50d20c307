import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Tuesday 14 February 2012, as "date: people". */
const eventsOf = (sentence: string) =>
  datedPeopleOf("Visit", "WASHINGTON, Feb. 14, 2012", sentence);

describe("people named in a clause that describes someone", () => {
  it.each([
    [
      "Vice President Xi Jinping, who is widely expected to succeed Hu Jintao as leader, visited the Pentagon on Monday.",
      ["2012-02-13: Xi Jinping"],
    ],
    [
      "Defense Secretary Leon Panetta, who replaced Robert Gates last summer, will travel to Tokyo on Friday.",
      ["2012-02-17: Leon E. Panetta"],
    ],
  ])("did not act: %s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });

  it.each([
    // The clause tells an act of its own: its people took part in it.
    [
      "Vice President Xi Jinping, who held talks with Hu Jintao on Sunday, is visiting the Pentagon.",
      ["2012-02-12: Xi Jinping, Hu Jintao"],
    ],
    // A passive's agent took part in what the clause tells.
    [
      "Vice President Joe Biden, who was invited by Vice President Xi Jinping, will arrive in Beijing on Friday.",
      ["2012-02-17: Joe Biden, Xi Jinping"],
    ],
  ])("still acted: %s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });
});
