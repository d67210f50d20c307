import { describe, expect, it } from "vitest";
import { headsProseSection } from "./prose-section.ts";

const PARAGRAPH_ONE =
  "On Monday the two defense ministers met in Hanoi and agreed to open a hotline between their navies.";
const PARAGRAPH_TWO =
  "The foreign ministry answered on Tuesday, saying the talks had been useful and would go on next year.";

describe("headsProseSection", () => {
  it.each<[string, string[], boolean]>([
    [
      "a heading over two paragraphs of prose",
      ["More stories this week", "", PARAGRAPH_ONE, "", PARAGRAPH_TWO],
      true,
    ],
    // Negative: a list of headlines, one of prose and a headline, a line that heads no list.
    [
      "a heading over headlines",
      [
        "More stories this week",
        "Navies open a hotline (May 3)",
        "Talks to go on next year (May 4)",
      ],
      false,
    ],
    [
      "a heading over one paragraph and a headline",
      ["Related stories", PARAGRAPH_ONE, "Talks to go on next year"],
      false,
    ],
    ["prose under no heading", ["The week in brief", PARAGRAPH_ONE, PARAGRAPH_TWO], false],
  ])("%s → %s", (_, lines, heads) => {
    expect(headsProseSection(lines, 0)).toBe(heads);
  });
});
