import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** The events of a one-sentence story of 15 February 2012 as "date: people". */
const eventsOf = (sentence: string) =>
  datedPeopleOf("Exchanges", "WASHINGTON, Feb. 15, 2012", sentence);

describe("a sentence's subject and the later clauses of other dates", () => {
  it.each<[string, string[]]>([
    // A coordinated clause with a subject of its own: the first subject did not act in it.
    [
      "General Chen Bingde visited the US in May and Admiral Mike Mullen went to China in July.",
      ["2011-05: Chen Bingde", "2011-07: Mike Mullen"],
    ],
    // A later clause with no subject of its own is the first subject's.
    [
      "General Chen Bingde visited the US in May and toured the Naval Academy in July.",
      ["2011-05: Chen Bingde", "2011-07: Chen Bingde"],
    ],
    // A person after the later act is met, and the subject still acts.
    [
      "General Chen Bingde visited the US in May and met Admiral Mike Mullen in July.",
      ["2011-05: Chen Bingde", "2011-07: Chen Bingde, Mike Mullen"],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });
});
