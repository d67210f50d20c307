import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** A two-sentence story's events as "date: people", published on Friday 5 July 2013. */
const eventsOf = async (second: string) =>
  (
    await storyEvents(
      "Talks",
      "TOKYO, July 5, 2013",
      "Foreign Minister Fumio Kishida will chair the annual security dialogue with his counterpart on July 10-11.",
      second,
    )
  )
    .map((e) => `${e.date.value}: ${e.actors.map((a) => a.name).join(", ")}`)
    .sort();

describe("a sentence on a reported occasion, dated only in a clause of another time", () => {
  it.each<[string, string[]]>([
    // The clause's act is a happening of its own, told in passing …
    [
      "The dialogue will pursue the goals that Prime Minister Shinzo Abe and President Park Geun-hye set when they met in Seoul last month.",
      ["2013-06: Shinzo Abe, Park Geun-hye", "2013-07-10: Fumio Kishida"],
    ],
    // … not when its date falls within the occasion's own days …
    [
      "The dialogue will open as soon as Prime Minister Shinzo Abe arrives on July 10.",
      ["2013-07-10: Fumio Kishida, Shinzo Abe"],
    ],
    // … nor when the clause tells no act.
    [
      "The dialogue will pursue the goals that were set out in Seoul last month.",
      ["2013-07-10: Fumio Kishida"],
    ],
  ])("%s", async (second, events) => {
    expect(await eventsOf(second)).toEqual(events);
  });
});
