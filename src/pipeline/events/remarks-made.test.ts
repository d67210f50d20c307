import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of a story published on Thursday 20 January 2011, as [date, CAMEO code]. */
const eventsOf = async (...sentences: string[]) =>
  (await storyEvents("Talks", "WASHINGTON, Jan. 20, 2011", ...sentences)).map((e) => [
    e.date.value,
    e.type.cameo,
  ]);

const SAID = "A senior officer said here on Wednesday that the hotline still needs work.";

describe("a statement, then where its remarks were made", () => {
  it("is the occasion's, one happening", async () => {
    expect(
      await eventsOf(
        SAID,
        "Admiral Li Ming made the remarks as he opened talks with Rear Admiral Jane Roe in Qingdao on Wednesday.",
      ),
    ).toEqual([["2011-01-19", "040"]]);
  });

  it.each([
    // The next sentence tells another occasion, not where the remarks were made.
    "Admiral Li Ming opened talks with Rear Admiral Jane Roe in Qingdao on Wednesday.",
    // Remarks made at an occasion of another day are another statement.
    "Admiral Li Ming made the remarks as he opened talks with Rear Admiral Jane Roe in Qingdao in May.",
  ])("not when: %s", async (second) => {
    expect(await eventsOf(SAID, second)).toHaveLength(2);
  });

  it("an act of the day before it that is no statement stays its own", async () => {
    expect(
      (
        await eventsOf(
          "The two navies held a search-and-rescue drill off Hawaii on Wednesday.",
          "Admiral Li Ming made the remarks as he opened talks with Rear Admiral Jane Roe in Qingdao on Wednesday.",
        )
      ).sort(),
    ).toEqual([
      ["2011-01-19", "040"],
      ["2011-01-19", "062"],
    ]);
  });
});
