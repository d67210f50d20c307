import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Tuesday 14 February 2012, as "date: people". */
const eventsOf = (sentence: string) =>
  datedPeopleOf("Visit", "WASHINGTON, Feb. 14, 2012", sentence);

/**
 * "Xi, who arrived on Sunday, visited the Pentagon on Monday": the sentence's subject acts in the
 * main clause's occasion too, unless a state is that clause's own subject.
 */
describe("the sentence's subject in a later clause that names a state", () => {
  it.each([
    // The state is where the subject went, not who acted.
    [
      "Vice President Xi Jinping, who arrived on Sunday, visited the Pentagon on Monday.",
      ["2012-02-12: Xi Jinping", "2012-02-13: Xi Jinping"],
    ],
    [
      "Vice President Xi Jinping, who arrived on Sunday, flew to Washington on Monday.",
      ["2012-02-12: Xi Jinping", "2012-02-13: Xi Jinping"],
    ],
    // The state is the clause's own subject: it acted, not the sentence's subject.
    [
      "Vice President Xi Jinping, who arrived on Sunday, was in Iowa when Beijing suspended the talks on Monday.",
      ["2012-02-12: Xi Jinping", "2012-02-13: China"],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });
});
