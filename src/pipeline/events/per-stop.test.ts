import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

describe("a trip's list of sites, one stop each", () => {
  it.each([
    [
      "Next week Gen. John Doe will tour Naval Air Station Oceana, Fort Hood and the Johnson Space Center.",
      [
        "2011-05 Planned: Doe visits Fort Hood",
        "2011-05 Planned: Doe visits Naval Air Station Oceana",
        "2011-05 Planned: Doe visits the Johnson Space Center",
      ],
    ],
    [
      "On Friday Gen. John Doe visited the Pentagon and the White House.",
      ["2011-05-13 Doe visits the Pentagon", "2011-05-13 Doe visits the White House"],
    ],
    // Negative: towns and countries named together are one trip's.
    ["Last week Gen. John Doe visited Qingdao, Ningbo and Shanghai.", 1],
    // Negative: a list with anything but sites in it stays one.
    ["On Friday Gen. John Doe visited Fort Hood and a farm in Iowa.", 1],
  ])("%s", async (sentence, expected) => {
    const events = await storyEvents("Tour", "WASHINGTON, May 16, 2011", sentence);
    const titles = events.map((e) => `${e.date.value} ${e.title}`).sort();
    if (typeof expected === "number") expect(titles).toHaveLength(expected);
    else expect(titles).toEqual(expected);
  });
});
