import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** Each event of a story published on Friday 9 December 2011, as "date status". */
async function eventsOf(sentence: string) {
  const state = await runOn({ "a.txt": story("Talks", "BEIJING, Dec. 9, 2011", sentence) });
  return (state.output?.events.events ?? []).map((e) => `${e.date.value} ${e.status}`).sort();
}

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
