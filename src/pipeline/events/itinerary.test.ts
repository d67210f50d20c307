import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";
import { sharingAHead } from "./itinerary.ts";

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
      "His itinerary also includes the Naval Academy in Annapolis, the Navy's 3rd Fleet and the Coast Guard's Sector Miami.",
      [
        ["2012-05", "planned", "Planned: Wu visits the Navy's 3rd Fleet", "Wu Ming, 3rd Fleet"],
        [
          "2012-05",
          "planned",
          "Planned: Wu visits the Coast Guard's Sector Miami",
          "Wu Ming, Sector Miami",
        ],
        [
          "2012-05",
          "planned",
          "Planned: Wu visits the Naval Academy in Annapolis",
          "Wu Ming, Naval Academy",
        ],
        THE_TRIP,
      ],
    ],
    // Whose itinerary may be said by name, an aside between; "and other sites" ends the list.
    [
      "Wu's itinerary, an aide said, covers Fort Knox, Kentucky, and other sites.",
      [
        ["2012-05", "planned", "Planned: Wu visits Fort Knox, Kentucky", "Wu Ming, Fort Knox"],
        THE_TRIP,
      ],
    ],
    // A common noun's "'s" is the traveller told before, as "his" is.
    [
      "The minister's itinerary also includes Fort Knox.",
      [["2012-05", "planned", "Planned: Wu visits Fort Knox", "Wu Ming, Fort Knox"], THE_TRIP],
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

describe("stops that share the last one's noun", () => {
  it.each([
    [
      ["Marine Corps", "Army", "Navy bases in Texas"],
      ["Marine Corps, Army and Navy bases in Texas"],
    ],
    [["Marine", "Coast Guard stations"], ["Marine and Coast Guard stations"]],
    // Negative: stops that are places of their own, or a last stop that is a name alone.
    [
      ["Fort Knox", "the Navy's bases"],
      ["Fort Knox", "the Navy's bases"],
    ],
    [
      ["Fort Knox", "Camp Lejeune"],
      ["Fort Knox", "Camp Lejeune"],
    ],
    [
      ["the Naval Academy", "Army bases"],
      ["the Naval Academy", "Army bases"],
    ],
  ])("%j", (stops, expected) => {
    expect(sharingAHead(stops)).toEqual(expected);
  });
});
