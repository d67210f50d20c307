import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

const eventsOf = async (sentence: string) =>
  (await storyEvents("Ties", "WASHINGTON, March 4, 2013", sentence)).map(
    (e) => `${e.date.value} ${e.type.cameo}`,
  );

describe("an act of another kind in a clause of the same moment", () => {
  it.each([
    [
      "Admiral Samuel Locklear toured a garrison in Nanjing in May, when Chinese and American marines staged a landing exercise near Zhanjiang.",
      ["2012-05 042", "2012-05 062"],
    ],
    [
      "Chinese and American officers held a tabletop exercise in Honolulu in February, in the same week that General Fang Fenghui visited Fort Bliss.",
      ["2013-02 042", "2013-02 062"],
    ],
    // The day named again, then a pronoun's occasion: the main subject's own, that day.
    [
      "Premier Wen Jiabao signed a trade pact on March 1, the same day he delivered a lecture at the university.",
      ["2013-03-01 010", "2013-03-01 057"],
    ],
    // After a dash, and with a subject of its own after an article.
    [
      "Premier Wen Jiabao met the envoy on March 1 — the same day an unmanned drone flew for the first time.",
      ["2013-03-01 040", "2013-03-01 150"],
    ],
  ])("is a happening of its own at the same date: %s", async (sentence, expected) => {
    expect((await eventsOf(sentence)).sort()).toEqual(expected);
  });

  it.each([
    // The clause tells the same occasion again.
    "Secretary Robert Gates met General Liang Guanglie in Hanoi in October, when the two ministers met again on the sidelines.",
    // The clause does not follow the date: what it is set beside is not said.
    "In May Admiral Samuel Locklear toured a garrison in Nanjing, when Chinese and American marines staged a landing exercise near Zhanjiang.",
    // An act agreed on in the clause is not done there.
    "Admiral Samuel Locklear toured a garrison in Nanjing in May, when the two navies agreed to stage a landing exercise.",
    // The clause has no act of its own: it only dates the visit.
    "Admiral Samuel Locklear toured a garrison in Nanjing in May, while the Chinese fleet was at sea.",
    // A pronoun is the visitor again, left to the rules of one subject's acts.
    "Admiral Samuel Locklear toured a garrison in Nanjing in May, when he watched a landing exercise.",
    // The day named again before an act of the same kind tells the occasion again.
    "Premier Wen Jiabao met the envoy on March 1, the same day he sat down with Minister Lee.",
  ])("stays one: %s", async (sentence) => {
    expect(await eventsOf(sentence)).toHaveLength(1);
  });
});
