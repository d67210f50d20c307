import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** A two-sentence story's events as "value..end: title", published on Monday 26 July 2010. */
const eventsOf = async (first: string, second: string) =>
  (await storyEvents("Drill", "SEOUL, July 26, 2010", first, second)).map(
    (e) => `${e.date.value}..${e.date.end ?? ""}: ${e.title}`,
  );

const OPENED = "The two navies opened a joint search-and-rescue exercise off the coast on Sunday.";

describe("a sentence that dates only the end of an occasion already reported", () => {
  it.each<[string, string, string[]]>([
    // The occasion runs to that day; the end is no happening of its own …
    [
      OPENED,
      "The exercise, which involves a dozen ships, runs through Wednesday.",
      [
        "2010-07-25..2010-07-28: The two navies opened a joint search-and-rescue exercise off the coast",
      ],
    ],
    [
      OPENED,
      "The drill, named for a storm, continues until Thursday and ends with a review.",
      [
        "2010-07-25..2010-07-29: The two navies opened a joint search-and-rescue exercise off the coast",
      ],
    ],
    // … but a sentence that opens with something else tells a day of its own …
    [
      OPENED,
      "A second group of ships joins through Wednesday.",
      ["2010-07-25..: The two navies opened a joint search-and-rescue exercise off the coast"],
    ],
    // … and so does a day of the occasion that does not close it.
    [
      OPENED,
      "The exercise, which involves a dozen ships, holds its rescue phase on Wednesday.",
      [
        "2010-07-25..: The two navies opened a joint search-and-rescue exercise off the coast",
        "2010-07-28..: Planned: The exercise",
      ],
    ],
  ])("%s / %s", async (first, second, events) => {
    expect(await eventsOf(first, second)).toEqual(events);
  });
});
