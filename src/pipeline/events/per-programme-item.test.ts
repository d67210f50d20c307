import { describe, expect, it } from "vitest";
import { programmePeople as peopleOf } from "../testing/corpus.ts";

describe("a colon's list of occasions, each named by a noun", () => {
  it.each<[string, string[]]>([
    // Each item a part of the programme, with the traveller before the colon (who arrives the
    // day before) …
    [
      "Foreign Minister Fumio Kishida arrives on Sunday, and Monday is the busy day: a meeting with Prime Minister Shinzo Abe, a dinner hosted by Defense Minister Itsunori Onodera and Finance Minister Taro Aso.",
      ["Fumio Kishida", "Fumio Kishida, Itsunori Onodera, Taro Aso", "Fumio Kishida, Shinzo Abe"],
    ],
    // … but a list with an item that names no occasion stays one …
    [
      "Foreign Minister Fumio Kishida has a busy Monday: a meeting with Prime Minister Shinzo Abe, and the rest of the afternoon free.",
      ["Fumio Kishida, Shinzo Abe"],
    ],
    // … and a meal hosted by two people is one meal, not one with each.
    [
      "On Monday Foreign Minister Fumio Kishida attends a dinner hosted by Defense Minister Itsunori Onodera and Finance Minister Taro Aso.",
      ["Fumio Kishida, Itsunori Onodera, Taro Aso"],
    ],
  ])("%s", async (sentence, people) => {
    expect(await peopleOf(sentence)).toEqual(people);
  });
});
