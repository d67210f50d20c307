import { describe, expect, it } from "vitest";
import { datedPeopleOf, storyEvents } from "../testing/corpus.ts";

/** Each event of a story published on Friday 9 December 2011, as "date status". */
const eventsOf = async (sentence: string) =>
  (await storyEvents("Talks", "BEIJING, Dec. 9, 2011", sentence))
    .map((e) => `${e.date.value} ${e.status}`)
    .sort();

/** Each event of a story published on Wednesday 10 July 2013, as "date: people". */
const peopleOf = (sentence: string) =>
  datedPeopleOf("Cyber", "WASHINGTON, July 10, 2013", sentence);

describe("a date that opens a sentence and a later clause with a date of its own", () => {
  it("are two happenings, each with its own act", async () => {
    expect(
      await eventsOf(
        "On Thursday, Under Secretary Michele Flournoy met Vice President Xi Jinping, who is expected to visit the United States early next year.",
      ),
    ).toEqual(["2011-12-08 occurred", "2012 planned"]);
  });

  it("with no later date, are one", async () => {
    expect(
      await eventsOf(
        "On Thursday, Under Secretary Michele Flournoy met Vice President Xi Jinping, who leads the party's work on Taiwan.",
      ),
    ).toEqual(["2011-12-08 occurred"]);
  });
});

describe("a first date with no act before it", () => {
  it("dates the act after it, and a relative clause with its own date and subject is another happening", async () => {
    expect(
      await peopleOf(
        "U.S. and Chinese officials sat down Monday in Washington for the first meeting of the working group that Secretary of State John Kerry and Chinese officials agreed to set up during his trip to Beijing in April.",
      ),
    ).toEqual(["2013-04: John Kerry", "2013-07-08: United States, China"]);
  });

  it("with one date, is one happening", async () => {
    expect(
      await peopleOf(
        "U.S. and Chinese officials sat down Monday in Washington for the first meeting of the working group that Secretary of State John Kerry set up.",
      ),
    ).toHaveLength(1);
  });
});
