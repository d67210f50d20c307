import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Wednesday 11 September 2013, as "date: people". */
const eventsOf = (...paragraphs: string[]) =>
  datedPeopleOf("Navies", "HONOLULU, Sept. 11, 2013", ...paragraphs);

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

  // Set before or after the other occasion, the frame gives the one told before none of its
  // dates: the visit planned for some time this year is not the premier's of 18 to 20 September.
  it.each([
    [
      "The visit comes ahead of Premier Li Keqiang's trip to Washington from Sept. 18 to 20.",
      ["2013-09-18: Li Keqiang", "2013: Wu Shengli"],
    ],
    [
      "The visit will come days after Premier Li Keqiang travels to Washington on Sept. 18.",
      ["2013-09-18: Li Keqiang", "2013: Wu Shengli"],
    ],
    // A verb that alone sets one after the other (calendar.json sequencingVerbs) frames it too …
    [
      "The visit follows Premier Li Keqiang's trip to Washington from Sept. 18 to 20.",
      ["2013-09-18: Li Keqiang", "2013: Wu Shengli"],
    ],
    // … and so does a named occasion with a date of its own.
    [
      "The visit follows the Strategic Security Dialogue, held in Washington on Sept. 9.",
      ["2013-09-09: United States, China", "2013: Wu Shengli"],
    ],
    // The other occasion told with no date of its own is only what the visit comes before.
    ["The visit comes ahead of Premier Li Keqiang's trip to Washington.", ["2013: Wu Shengli"]],
  ])("before or after: %s", async (second, expected) => {
    const planned = "Adm. Wu Shengli will visit the United States later this year.";
    expect(await eventsOf(planned, second)).toEqual(expected);
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

describe("an occasion told again on other days, set after an act of another date", () => {
  const TALKS = "Officers of the two navies ended two days of talks in Honolulu on Tuesday.";
  it.each([
    // The act of the "after" clause, dated on its own, is a happening of its own.
    [
      "The talks came days after Interior Minister Jane Roe met the army's chief, Gen. John Doe, on Friday in Manila.",
      ["2013-09-06: Jane Roe, John Doe", "2013-09-09: U.S. Navy, PLA Navy"],
    ],
    // Negative: with no act in the clause, the sentence only adds to the talks.
    [
      "The talks came days after tensions rose over the islands on Friday.",
      ["2013-09-09: U.S. Navy, PLA Navy"],
    ],
  ])("%s", async (second, expected) => {
    expect(await eventsOf(TALKS, second)).toEqual(expected);
  });
});
