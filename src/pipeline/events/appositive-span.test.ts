import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** Each event of a story published on Friday 7 June 2013, as "date..end". */
const spansOf = async (sentence: string) =>
  (await storyEvents("Forum", "JAKARTA, June 7, 2013", sentence))
    .map((e) => `${e.date.value}${e.date.end ? `..${e.date.end}` : ""}`)
    .sort();

describe("an occasion described in an aside with a span of its own", () => {
  it.each([
    [
      "The two admirals met here this morning on the margins of the Jakarta Forum, an annual maritime gathering that begins tonight and runs until Sunday.",
      ["2013-06-07", "2013-06-07..2013-06-09"],
    ],
    [
      "The ministers talked for an hour on Friday at the Bali Meeting, the regional gathering which runs from Thursday to Saturday.",
      ["2013-06-06..2013-06-08", "2013-06-07"],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await spansOf(sentence)).toEqual(expected);
  });

  it.each([
    // An aside of one day only describes where the act was told.
    "The two admirals met here this morning on the margins of the Jakarta Forum, an annual maritime conference that opened this morning.",
    // A span that is not in an aside is the act's own.
    "The two admirals met on the margins of the Jakarta Forum, which they attended from Wednesday to Friday.",
  ])("not: %s", async (sentence) => {
    expect((await spansOf(sentence)).length).toBe(1);
  });
});
