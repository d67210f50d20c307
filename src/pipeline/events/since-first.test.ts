import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Wednesday 19 September 2012, as "date: people". */
const eventsOf = (sentence: string) => datedPeopleOf("Visit", "BEIJING, Sept. 19, 2012", sentence);

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
    // The act counted is told before "the first", in an appositive to it.
    [
      "Minister Liang's visit to Beijing, the first by a Chinese defense minister since Gen. Chen Bingde came in May 2011, began on Monday.",
      ["2011-05: Chen Bingde", "2012-09-17: Liang Guanglie"],
    ],
    // The earlier occasion's owner, whom the sentence's own actors leave out.
    [
      "The visit is the first by a U.S. defense secretary since Robert Gates's visit in January last year.",
      ["2011-01: Robert M. Gates"],
    ],
    // Two people after "since", and a date further on.
    [
      "The talks, led by Kerry and Lew, are the first high-level meeting since President Barack Obama and Chinese President Hu Jintao met in Seoul, South Korea, in March of this year.",
      ["2012-03: Barack Obama, Hu Jintao"],
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

  it("takes no change of office after 'since' for the act counted", async () => {
    expect(
      await eventsOf(
        "Leon Panetta will host Xi Jinping on Friday, the first meeting of the two since Xi became vice chairman in October 2010.",
      ),
    ).toEqual(["2012-09-21: Leon E. Panetta, Xi Jinping"]);
  });

  it("takes no person after a comma for the one after 'since'", async () => {
    // The person after the comma is another clause's: no act of theirs is dated by "since".
    const events = await eventsOf(
      "Flournoy and Gen. Ma Xiaotian held talks at the Pentagon on Tuesday, the first since the freeze, paving the way for Robert Gates's trip to Beijing in November.",
    );
    expect(events).toContain("2012-09-18: Michèle Flournoy, Ma Xiaotian");
    expect(events).not.toContain("2012-11: Robert M. Gates");
  });
});
