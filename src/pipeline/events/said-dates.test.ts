import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** Each event of a one-sentence story of Thursday 21 February 2013 as "date status". */
const eventsOf = async (sentence: string) =>
  (await storyEvents("Ties", "WASHINGTON, Feb. 21, 2013", sentence)).map(
    (e) => `${e.date.value} ${e.status}`,
  );

describe("a date inside what was said", () => {
  it.each<[string, string[]]>([
    // Only saying, and the date is in the words said: no happening of that date.
    ["The general said that ties between the two armies had grown stronger this year.", []],
    ["Both ministers said that they wanted the momentum kept up in 2013.", []],
    // A readout quoted whole tells what its officials said the same way.
    ["“The two officials said that they wanted the momentum kept up in 2013.”", []],
    // The date of the telling, before what was said, dates the statement.
    [
      "The general said on Tuesday that ties between the two armies had grown stronger.",
      ["2013-02-19 occurred"],
    ],
    // An act told in the clause is the clause's date's happening.
    ["The general said that the two navies would hold a joint drill in May.", ["2013-05 planned"]],
  ])("%s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });
});
