import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The dates of a one-sentence story's events, published on Wednesday 6 July 2011. */
const datesOf = async (sentence: string) =>
  (await storyEvents("Visit", "BEIJING, July 6, 2011", sentence)).map((e) => e.date.value);

describe("a meeting and an occasion of its own joined by 'and' or 'then'", () => {
  it.each<[string, string[]]>([
    // A dinner or a speech after the talks is another happening of the day …
    [
      "Gen. Chen Bingde held talks with Adm. Mike Mullen on Monday and then a banquet at the Great Hall.",
      ["2011-07-04", "2011-07-04"],
    ],
    [
      "Gen. Chen Bingde will hold talks with Adm. Mike Mullen on Monday, to be followed by a speech at the university.",
      ["2011-07-11", "2011-07-11"],
    ],
    [
      "Gen. Chen Bingde will meet the mayor on Monday and make a speech at a banquet.",
      ["2011-07-11", "2011-07-11"],
    ],
    // … also after the subject's other listed predicates, with a verb and its particle before
    // the meal, or a meeting's verb that takes the meal as its object …
    [
      "Gen. Chen Bingde met Adm. Mike Mullen for two hours on Monday, toured the academy, and then went on to a state banquet.",
      ["2011-07-04", "2011-07-04"],
    ],
    [
      "Gen. Chen Bingde met Adm. Mike Mullen on Monday, held a news conference with him, and then attended a banquet in his honor.",
      ["2011-07-04", "2011-07-04"],
    ],
    // … but not a trip on to a place after the talks …
    [
      "Gen. Chen Bingde met Adm. Mike Mullen for two hours on Monday, toured the academy, and then went on to Shanghai.",
      ["2011-07-04"],
    ],
    // … while a speech told with no table of its own was given at the meeting …
    ["Gen. Chen Bingde will meet the mayor on Monday and make a speech on trade.", ["2011-07-11"]],
    // … while a news conference after them (annotators differ on it), or a tour, is left with the
    // talks, and so is a dinner the talks were held over.
    [
      "Gen. Chen Bingde held talks with Adm. Mike Mullen on Monday and a news conference.",
      ["2011-07-04"],
    ],
    [
      "Gen. Chen Bingde held talks with Adm. Mike Mullen on Monday and a tour of the base.",
      ["2011-07-04"],
    ],
    ["Gen. Chen Bingde held talks with Adm. Mike Mullen over dinner on Monday.", ["2011-07-04"]],
  ])("%s", async (sentence, dates) => {
    expect(await datesOf(sentence)).toEqual(dates);
  });
});
