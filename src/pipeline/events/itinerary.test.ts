import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** The events of one article as [date, status, title, actors] rows, sorted. */
async function rows(...paragraphs: string[]) {
  const state = await runOn({
    "a.txt": story("Minister in the U.S.", "WASHINGTON, May 11, 2012", ...paragraphs),
  });
  return (state.output?.events.events ?? [])
    .map((e) => [e.date.value, e.status, e.title, e.actors.map((a) => a.name).join(", ")])
    .sort((a, b) => a.join().localeCompare(b.join()));
}

const TRIP =
  "Chinese Defense Minister Gen. Wu Ming arrived in Washington on May 9 for a six-day visit.";
const THE_TRIP = ["2012-05-09", "occurred", "Wu visits Washington", "Wu Ming"];

describe("the stops an itinerary lists", () => {
  it.each([
    // Each named stop is a visit of its own, planned, at the trip's month, with the body visited.
    [
      "His itinerary also includes the Naval Academy in Annapolis, the Army's Fort Knox and the Air Force's 9th Fighter Wing.",
      [
        [
          "2012-05",
          "planned",
          "Planned: Wu visits the Air Force's 9th Fighter Wing",
          "Wu Ming, 9th Fighter Wing",
        ],
        ["2012-05", "planned", "Planned: Wu visits the Army's Fort Knox", "Wu Ming, Fort Knox"],
        [
          "2012-05",
          "planned",
          "Planned: Wu visits the Naval Academy in Annapolis",
          "Wu Ming, Naval Academy",
        ],
        THE_TRIP,
      ],
    ],
    // Whose itinerary may be said by name, in someone else's words; "among other sites" ends it.
    [
      "An official told reporters that Wu's itinerary takes in Fort Knox, Kentucky, among other sites.",
      [
        ["2012-05", "planned", "Planned: Wu visits Fort Knox, Kentucky", "Wu Ming, Fort Knox"],
        THE_TRIP,
      ],
    ],
    // Stops named only by a nationality are none.
    ["His itinerary includes several U.S. bases.", [THE_TRIP]],
    // Without a trip of several days told before, an itinerary lists nothing to date.
    ["Officials said the itinerary of the next delegation includes the Naval Academy.", [THE_TRIP]],
  ])("%s", async (sentence, expected) => {
    expect(await rows(TRIP, sentence)).toEqual(
      [...expected].sort((a, b) => a.join().localeCompare(b.join())),
    );
  });
});
