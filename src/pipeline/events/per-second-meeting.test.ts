import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The people of each event of a one-sentence story, published on Saturday 13 April 2013. */
const peopleOf = async (sentence: string) =>
  (await storyEvents("Talks", "TOKYO, April 13, 2013", sentence))
    .map((e) => e.actors.map((a) => a.name).join(", "))
    .sort();

describe("two meetings of one subject joined by 'and'", () => {
  it.each<[string, string[]]>([
    // Each with someone of its own: two meetings …
    [
      "Foreign Minister Fumio Kishida met Prime Minister Shinzo Abe on Saturday and held talks with Defense Minister Itsunori Onodera.",
      ["Fumio Kishida, Itsunori Onodera", "Fumio Kishida, Shinzo Abe"],
    ],
    // … one that names no one new is the same meeting …
    [
      "Foreign Minister Fumio Kishida met Prime Minister Shinzo Abe on Saturday and held talks with him.",
      ["Fumio Kishida, Shinzo Abe"],
    ],
    // … and so is one that names the same person again.
    [
      "Foreign Minister Fumio Kishida met Prime Minister Shinzo Abe on Saturday and held talks with Abe.",
      ["Fumio Kishida, Shinzo Abe"],
    ],
  ])("%s", async (sentence, people) => {
    expect(await peopleOf(sentence)).toEqual(people);
  });
});
