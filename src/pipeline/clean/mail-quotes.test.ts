import { describe, expect, it } from "vitest";
import { unquoteMailLine } from "./mail-quotes.ts";
import { storyEvents } from "../testing/corpus.ts";

describe("unquoteMailLine", () => {
  it.each([
    [
      "> The two navies held a drill on Monday off the",
      "The two navies held a drill on Monday off the",
    ],
    [">> coast, officials said.", "coast, officials said."],
    ["> > coast, officials said.", "coast, officials said."],
    [">", ""],
    // A mark inside a line is no quote's: a breadcrumb, a comparison.
    ["Home > News > Asia", "Home > News > Asia"],
    ["Exports rose 5% (> forecast) in May.", "Exports rose 5% (> forecast) in May."],
  ])("%s → %s", (line, expected) => {
    expect(unquoteMailLine(line)).toBe(expected);
  });
});

describe("a reply's quoted message, in a page of e-mail", () => {
  it("is read as sentences whole, its hard-wrapped lines joined", async () => {
    const events = await storyEvents(
      "Re: the drill",
      "WASHINGTON, March 6, 2013",
      "Agreed, and worth adding what the navy said:",
      [
        "> The two navies held a search-and-rescue drill off Hawaii on",
        "> Monday, the fleet's spokesman said, the first such drill the",
        "> two have held in those waters. Officers from both sides will",
        "> meet again in the spring to plan a larger one, he said.",
      ].join("\n"),
    );
    const texts = events.flatMap((e) => e.sources.flatMap((s) => s.evidence.map((x) => x.text)));
    expect(texts).toContain(
      "The two navies held a search-and-rescue drill off Hawaii on\nMonday, the fleet's spokesman said, the first such drill the\ntwo have held in those waters.",
    );
  });
});
