import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of a story published on Wednesday 27 November 2013, as [date, CAMEO code]. */
const eventsOf = async (sentence: string) =>
  (await storyEvents("Zone", "BEIJING, Nov. 27, 2013", sentence)).map((e) => [
    e.date.value,
    e.type.cameo,
  ]);

describe("a trailing attribution with a day of its own", () => {
  it.each([
    "Two U.S. bombers flew through the air defense zone on Tuesday, a Defense Ministry spokesman said Wednesday.",
    "Two U.S. bombers flew through the air defense zone on Tuesday, Defense Ministry spokesman Geng Yansheng said Wednesday.",
  ])("is a statement of that day beside the act: %s", async (sentence) => {
    expect(await eventsOf(sentence)).toEqual([
      ["2013-11-26", "150"],
      ["2013-11-27", "010"],
    ]);
  });

  it.each([
    // No speaker named: "officials" are no one's statement.
    "Two U.S. bombers flew through the air defense zone on Tuesday, officials said Wednesday.",
    // The same day as the act.
    "Two U.S. bombers flew through the air defense zone on Tuesday, a Defense Ministry spokesman said.",
  ])("is not: %s", async (sentence) => {
    expect(await eventsOf(sentence)).toEqual([["2013-11-26", "150"]]);
  });

  // A plan the statement announces is the event; the telling only announces it, and its day is
  // not after the plan's year.
  it("is not, for a plan: the plan keeps its own date", async () => {
    expect(
      await eventsOf(
        "Two U.S. bombers will fly through the air defense zone later this year, a Defense Ministry spokesman said Wednesday.",
      ),
    ).toEqual([["2013", "150"]]);
  });
});

describe("a leading attribution before a phrase set ahead of the reported clause's subject", () => {
  const actorsOf = async (sentence: string) =>
    (await storyEvents("Zone", "BEIJING, Nov. 27, 2013", sentence)).map((e) =>
      e.actors.map((a) => a.name),
    );
  it.each([
    // The speaker only tells of the talks: they are the two sides', not the speaker's.
    [
      "Spokesman Tao Ran said that during the last round of the talks, which Paris hosted in March, both delegations agreed to meet yearly.",
      [[]],
    ],
    // Negative: a pronoun subject after the phrase may be the speaker's own act.
    [
      "Spokesman Tao Ran said that during the last round of the talks, which Paris hosted in March, he agreed to meet yearly.",
      [["Tao Ran"]],
    ],
  ])("%s", async (sentence, actors) => {
    expect(await actorsOf(sentence)).toEqual(actors);
  });
});
