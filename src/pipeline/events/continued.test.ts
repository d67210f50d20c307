import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** Each event of a story of Saturday 8 June 2013 as "first day..last day". */
const daysOf = async (...sentences: string[]) =>
  (await storyEvents("Summit", "RANCHO MIRAGE, June 8, 2013", ...sentences))
    .map((e) => `${e.date.value}..${e.date.end ?? e.date.value}`)
    .sort();

const FRIDAY = "President Barack Obama and President Xi Jinping held talks on Friday afternoon.";

describe("talks told as going on the next day", () => {
  it.each<[string, string[], string[]]>([
    [
      "in one sentence, one happening over both days",
      ["The two presidents met Friday and continued their talks Saturday morning."],
      ["2013-06-07..2013-06-08"],
    ],
    [
      "in the next sentence, 'their talks' go on",
      [FRIDAY, "Their talks continued this morning at the estate."],
      ["2013-06-07..2013-06-08"],
    ],
    [
      "the same people meeting again",
      [FRIDAY, "Obama and Xi met again this morning."],
      ["2013-06-07..2013-06-08"],
    ],
    // Others meeting again, or talks not told as going on, are happenings of their own.
    [
      "others meeting again",
      [FRIDAY, "Officials met again this morning to discuss trade."],
      ["2013-06-07..2013-06-07", "2013-06-08..2013-06-08"],
    ],
    [
      "the same people's talks of the next day not told as going on",
      [FRIDAY, "Obama and Xi toured the estate's gardens this morning."],
      ["2013-06-07..2013-06-07", "2013-06-08..2013-06-08"],
    ],
    [
      "talks going on two days later",
      [
        "President Barack Obama and President Xi Jinping held talks on Thursday afternoon.",
        "Their talks continued this morning at the estate.",
      ],
      ["2013-06-06..2013-06-06", "2013-06-08..2013-06-08"],
    ],
  ])("%s", async (_name, sentences, days) => {
    expect(await daysOf(...sentences)).toEqual(days);
  });
});
