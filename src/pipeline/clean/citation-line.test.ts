import { describe, expect, it } from "vitest";
import { isCitationLine } from "./citation-line.ts";

describe("isCitationLine", () => {
  it.each([
    "³ Harbour Post, 'Navies end drill off the coast', 4 March 2012.",
    "12. Department of the Navy, “Ships return to port”, news release, March 6, 2012",
    "[7] Jane Roe, 'Talks resume at last', Harbour Post, 9 June 2012.",
  ])("a note that only cites a source: %s", (line) => {
    expect(isCitationLine(line)).toBe(true);
  });

  it.each([
    // A note that tells something in its own words.
    "¹ The talks of May 2010 were the first since the freeze, Harbour Post, 4 March 2012.",
    // Prose that quotes someone, with a verb before the quote.
    "The minister said, 'We will meet again', on 4 March 2012.",
    // A citation's shape with no date at its end.
    "³ Harbour Post, 'Navies end drill off the coast', page 4.",
  ])("not a citation: %s", (line) => {
    expect(isCitationLine(line)).toBe(false);
  });
});
