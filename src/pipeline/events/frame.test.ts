import { describe, expect, it } from "vitest";
import { datePeople, storyEvents } from "../testing/corpus.ts";

/** Each event of a story published on Wednesday 11 September 2013, as "date: people". */
const eventsOf = async (...paragraphs: string[]) =>
  (await storyEvents("Navies", "HONOLULU, Sept. 11, 2013", ...paragraphs)).map(datePeople).sort();

const EXERCISE =
  "Chinese and U.S. warships held a joint search-and-rescue exercise off Oahu on Monday.";

describe("an occasion told again and set at the moment of another act", () => {
  it.each([
    [
      "The exercise came as Gen. Fang Fenghui arrived in Washington on Monday.",
      ["2013-09-09: Fang Fenghui", "2013-09-09: U.S. Navy, PLA Navy"],
    ],
    [
      "That drill took place while Admiral Samuel Locklear visited Beijing on Monday.",
      ["2013-09-09: Samuel J. Locklear III", "2013-09-09: U.S. Navy, PLA Navy"],
    ],
  ])("gives the other act an event of its own: %s", async (second, expected) => {
    expect(await eventsOf(EXERCISE, second)).toEqual(expected);
  });

  it.each([
    // The clause after the conjunction holds no act: the sentence only adds to the exercise.
    "The exercise came as tensions rose over the islands on Monday.",
    // Not a frame: the sentence says more of the exercise itself.
    "The exercise lasted five hours on Monday as the ships practised boarding.",
  ])("adds to the occasion alone: %s", async (second) => {
    expect(await eventsOf(EXERCISE, second)).toEqual(["2013-09-09: U.S. Navy, PLA Navy"]);
  });
});
