import { describe, expect, it } from "vitest";
import { sentenceOf } from "../testing/sentence.ts";
import { daysAfterClause } from "./days-after.ts";
import { findTriggers } from "./triggers.ts";

/** The counted clause's words and its acts, for a sentence standing alone. */
function clauseOf(text: string): { words: string; acts: string[] } | undefined {
  const s = sentenceOf(text);
  const clause = daysAfterClause(s, findTriggers(s, []));
  return clause && { words: clause.span.text, acts: clause.triggers.map((h) => h.text) };
}

describe("daysAfterClause", () => {
  it.each([
    // The clause runs to its first comma …
    [
      "The drill came a day after the ministers wrapped up talks in Beijing, officials said.",
      { words: "the ministers wrapped up talks in Beijing", acts: ["talks"] },
    ],
    // … past an aside between its subject and its verb, where its act may stand …
    [
      "The vote came a day after the envoy, in a speech in Geneva, urged both sides to act.",
      {
        words: "the envoy, in a speech in Geneva, urged both sides to act.",
        acts: ["speech", "urged"],
      },
    ],
    // … or past the subject's title …
    [
      "The vote came three days after Jane Roe, the deputy foreign minister, gave a lecture urging restraint.",
      {
        words: "Jane Roe, the deputy foreign minister, gave a lecture urging restraint.",
        acts: ["lecture", "urging"],
      },
    ],
    // "The day after" counts one day, as "a day after" does …
    [
      "The drill came the day after the ministers wrapped up talks in Beijing, officials said.",
      { words: "the ministers wrapped up talks in Beijing", acts: ["talks"] },
    ],
    // … but not past a comma that closes the clause.
    [
      "The drill came two days after the ministers held talks, in a sign of warmer ties.",
      { words: "the ministers held talks", acts: ["talks"] },
    ],
  ])("%s", (text, want) => {
    expect(clauseOf(text)).toEqual(want);
  });

  it("counts one day back from 'the day after', a month from 'the week after'", () => {
    const s = sentenceOf("The drill came the week after the ministers held talks.");
    const clause = daysAfterClause(s, findTriggers(s, []));
    expect([clause?.daysBefore, clause?.unit]).toEqual([1, "week"]);
    const day = sentenceOf("The drill came the day after the ministers held talks.");
    const one = daysAfterClause(day, findTriggers(day, []));
    expect([one?.daysBefore, one?.unit]).toEqual([1, "day"]);
  });

  it("the days after an occasion are no count", () => {
    expect(clauseOf("Calm held for days after the ministers held talks.")).toBe(undefined);
  });

  it("a clause with no act of its own is none", () => {
    expect(clauseOf("The drill came a day after the envoy, in Geneva, was asked.")).toBe(undefined);
  });
});
