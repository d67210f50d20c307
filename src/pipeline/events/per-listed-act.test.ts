import { describe, expect, it } from "vitest";
import { programmePeople as peopleOf } from "../testing/corpus.ts";

describe("one subject's acts listed with commas", () => {
  it.each<[string, string[]]>([
    // Each with someone of its own: a part of the programme each …
    [
      "Foreign Minister Fumio Kishida will meet Prime Minister Shinzo Abe on Saturday, hold talks with Defense Minister Itsunori Onodera, and have dinner with Finance Minister Taro Aso.",
      ["Fumio Kishida, Itsunori Onodera", "Fumio Kishida, Shinzo Abe", "Fumio Kishida, Taro Aso"],
    ],
    [
      "Foreign Minister Fumio Kishida met Prime Minister Shinzo Abe on Wednesday, held talks with Defense Minister Itsunori Onodera and had dinner with Finance Minister Taro Aso.",
      ["Fumio Kishida, Itsunori Onodera", "Fumio Kishida, Shinzo Abe", "Fumio Kishida, Taro Aso"],
    ],
    // An aside on a name after a comma opens no part.
    [
      "Foreign Minister Fumio Kishida met Prime Minister Shinzo Abe, leader of the ruling party, on Wednesday and held talks with Defense Minister Itsunori Onodera.",
      ["Fumio Kishida, Itsunori Onodera", "Fumio Kishida, Shinzo Abe"],
    ],
    // … or on a tour of sites, each part at an installation or a known venue of its own …
    [
      "Foreign Minister Fumio Kishida will meet Prime Minister Shinzo Abe on Saturday, tour Fort Bliss, and fly to Travis Air Force Base.",
      ["Fumio Kishida", "Fumio Kishida", "Fumio Kishida, Shinzo Abe"],
    ],
    // … though one site beside a part with no one and no site of its own is one tour …
    [
      "Foreign Minister Fumio Kishida toured Fort Bliss on Saturday, and visited the port.",
      ["Fumio Kishida"],
    ],
    // … but a part with no one and no site of its own leaves the list one programme …
    [
      "Foreign Minister Fumio Kishida will meet Prime Minister Shinzo Abe on Saturday, tour the port, and hold talks with Defense Minister Itsunori Onodera.",
      ["Fumio Kishida, Shinzo Abe, Itsunori Onodera"],
    ],
    // … so does a part with someone named before, whoever joins it …
    [
      "Foreign Minister Fumio Kishida will welcome Prime Minister Shinzo Abe on Saturday and hold talks with him, joined by Defense Minister Itsunori Onodera.",
      ["Fumio Kishida, Shinzo Abe, Itsunori Onodera"],
    ],
    // … and a phrase after a comma that opens no act of the subject cuts nothing.
    [
      "Foreign Minister Fumio Kishida will meet Prime Minister Shinzo Abe on Saturday, including a session with Defense Minister Itsunori Onodera.",
      ["Fumio Kishida, Shinzo Abe, Itsunori Onodera"],
    ],
  ])("%s", async (sentence, people) => {
    expect(await peopleOf(sentence)).toEqual(people);
  });
});

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
