import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of a story published on Thursday 20 January 2011, as [date, CAMEO code]. */
const eventsOf = async (...sentences: string[]) =>
  (await storyEvents("Talks", "WASHINGTON, Jan. 20, 2011", ...sentences)).map((e) => [
    e.date.value,
    e.type.cameo,
  ]);

const SAID =
  "A senior Chinese officer said here on Wednesday that arms sales remain the main obstacle.";

describe("a statement, then where its remarks were made", () => {
  it("is the occasion's, one happening", async () => {
    expect(
      await eventsOf(
        SAID,
        "Gen. Ma Xiaotian made the remarks as he co-chaired talks with Under Secretary Michele Flournoy at the Pentagon on Wednesday.",
      ),
    ).toEqual([["2011-01-19", "040"]]);
  });

  it.each([
    // The next sentence tells another occasion, not where the remarks were made.
    "Gen. Ma Xiaotian co-chaired talks with Under Secretary Michele Flournoy at the Pentagon on Wednesday.",
    // Remarks made at an occasion of another day are another statement.
    "Gen. Ma Xiaotian made the remarks as he co-chaired talks with Under Secretary Michele Flournoy at the Pentagon in May.",
  ])("not when: %s", async (second) => {
    expect(await eventsOf(SAID, second)).toHaveLength(2);
  });
});
