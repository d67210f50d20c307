import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Monday 8 July 2013, as "date: people". */
const eventsOf = (sentence: string) => datedPeopleOf("Cyber", "WASHINGTON, July 8, 2013", sentence);

/** Where a sentence's later occasion begins, when "and" joins two people before its date. */
describe("an 'and' between two people opens no occasion", () => {
  it.each([
    [
      "The group was agreed to by Kerry during an April visit to Beijing and endorsed by Obama and Chinese President Xi Jinping at their June summit in California.",
      ["2013-04: John Kerry", "2013-06: Barack Obama, Xi Jinping"],
    ],
    // An "and" after a person but before a verb still ends the first occasion's stretch.
    [
      "Kerry held talks in April with Foreign Minister Wang Yi and then traveled to Tokyo in May.",
      ["2013-04: John Kerry, Wang Yi", "2013-05: John Kerry"],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });
});
