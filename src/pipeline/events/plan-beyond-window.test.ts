import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** A one-sentence story's events as [date, status, actors, title], published 21 August 2013. */
const eventsOf = async (sentence: string) =>
  (await storyEvents("Plans", "WASHINGTON, Aug. 21, 2013", sentence)).map((e) => [
    e.date.value,
    e.status,
    e.actors.map((a) => a.name),
    e.title,
  ]);

describe("an announcement of a plan beyond the dataset's window", () => {
  it.each<[string, unknown[][]]>([
    // The plan (2015) is no event here; announcing it on Monday is, with who announced it …
    [
      "Defense Secretary Chuck Hagel announced on Monday that the Army would host Chinese officers at a disaster drill in 2015.",
      [
        [
          "2013-08-19",
          "occurred",
          ["Chuck Hagel"],
          "Defense Secretary Chuck Hagel announced that the Army would host Chinese officers…",
        ],
      ],
    ],
    // … with the day told first too.
    [
      "On Monday, Defense Secretary Chuck Hagel announced that the Army would invite the PLA to join a staff exchange planned for 2015.",
      [
        [
          "2013-08-19",
          "occurred",
          ["Chuck Hagel"],
          "Defense Secretary Chuck Hagel announced that the Army would invite the PLA…",
        ],
      ],
    ],
    // A plan inside the window is still the event, at its own date.
    [
      "Defense Secretary Chuck Hagel announced on Monday that the Army would host Chinese officers at a disaster drill in November.",
      [
        [
          "2013-11",
          "planned",
          [],
          "Planned: The Army would host Chinese officers at a disaster drill",
        ],
      ],
    ],
    // Only an announcement keeps its day: what was only said is no event.
    [
      "Defense Secretary Chuck Hagel said on Monday that the Army would host Chinese officers at a disaster drill in 2015.",
      [],
    ],
    // An announcement out of the window itself is not moved to another date.
    [
      "In 2009, Defense Secretary Robert Gates announced that the Army would host Chinese officers at a drill in 2015.",
      [],
    ],
  ])("%s", async (sentence, events) => {
    expect(await eventsOf(sentence)).toEqual(events);
  });
});

describe("an announcement dated by its telling", () => {
  it.each<[string, unknown[][]]>([
    // The body that announced is the actor, and the title tells the announcing.
    [
      "The Pentagon announced on Monday that talks with the Chinese military would resume.",
      [
        [
          "2013-08-19",
          "occurred",
          ["U.S. Department of Defense"],
          "The Pentagon announced that talks with the Chinese military would resume",
        ],
      ],
    ],
    // A spokesman who only said so made no announcement.
    ["A Pentagon spokesman said on Monday that talks with the Chinese military would resume.", []],
  ])("%s", async (sentence, events) => {
    expect(await eventsOf(sentence)).toEqual(events);
  });
});
