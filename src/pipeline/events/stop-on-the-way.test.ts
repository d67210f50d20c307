import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** The events of a story as [date, people, topics, evidence count]. */
async function eventsOf(...paragraphs: string[]) {
  const state = await runOn({ "a.txt": story("Talks", "BEIJING, Dec. 13, 2012", ...paragraphs) });
  return (state.output?.events.events ?? []).map((e) => ({
    date: e.date.value,
    people: e.actors.map((a) => a.name).sort(),
    topics: e.topics,
    evidence: e.sources[0]?.evidence.length ?? 0,
  }));
}

const TALKS =
  "Defense officials of the two countries held consultative talks in Washington on Tuesday.";
const CHAIRS = "Gen. Ma Xiaotian and Under Secretary James Miller co-chaired the talks.";

describe("a stop on the way, received by a host", () => {
  it("is its own event with its host, and leaves the discussion before it to the talks", async () => {
    const events = await eventsOf(
      TALKS,
      CHAIRS,
      "The two sides discussed maritime security and cyber security.",
      "Ma stopped in Hawaii on Saturday and was received by Admiral Samuel Locklear.",
    );
    const talks = events.find((e) => e.date === "2012-12-11");
    expect(talks?.topics).toEqual(expect.arrayContaining(["cyber", "maritime-regional-security"]));
    expect(talks?.evidence).toBe(3);
    const stop = events.find((e) => e.date === "2012-12-08");
    expect(stop?.people).toEqual(["Ma Xiaotian", "Samuel J. Locklear III"]);
  });

  it("a port call's party, welcomed by its host in the next sentence, gives the call its people", async () => {
    const events = await eventsOf(
      "A Chinese navy task force docked at Pearl Harbor on Saturday for a four-day port call.",
      "The fleet, commanded by Rear Admiral Wei Xueyi, was welcomed by Rear Admiral Frank Ponds.",
    );
    expect(events.find((e) => e.date === "2012-12-08")?.people).toEqual([
      "Frank Ponds",
      "Wei Xueyi",
    ]);
  });
});
