import { describe, expect, it } from "vitest";
import { findLocation } from "./location.ts";

describe("findLocation", () => {
  it.each([
    [
      "During a Pentagon news conference with Liang, both leaders answered questions.",
      { name: "the Pentagon", country: "USA" },
    ],
    ["The two met in Beijing on Monday.", { name: "Beijing", country: "CHN" }],
    // A venue that employs the speaker is not where the event happened.
    [
      "White House spokesman Jay Carney said yesterday that the U.S. had raised concerns.",
      undefined,
    ],
    ["Pentagon officials said the talks went well.", undefined],
    // A country alone is a topic more often than a venue.
    ["They discussed investment in China.", undefined],
  ])("%s", (text, want) => {
    expect(findLocation(text)).toEqual(want);
  });
});
