import { describe, expect, it } from "vitest";
import { entryStampDays } from "./entry-stamps.ts";

const ENTRY = "The two delegations met for a second session of talks in the capital this morning.";

/** The day of each entry line of `lines` (the others are stamps and rules, furniture). */
function daysOf(lines: string[]) {
  const kept = lines.flatMap((l, i) => (l === ENTRY ? [i] : []));
  return entryStampDays(lines, kept);
}

describe("entryStampDays", () => {
  it("gives each entry of a live blog its stamp's day", () => {
    expect(
      daysOf([
        ENTRY,
        "---",
        "6:20 pm ET | Mar 4, 2013",
        ENTRY,
        "---",
        "8:05 am ET | Mar 3, 2013",
        ENTRY,
      ]),
    ).toEqual([undefined, "2013-03-04", "2013-03-03"]);
  });

  it.each([
    // A clock and a date written out, the other way round.
    [
      ["March 4, 2013, 8:05 a.m. ET", "March 3, 2013, 6:02 p.m. ET"],
      ["2013-03-04", "2013-03-03"],
    ],
  ])("reads stamps of other forms: %j", (stamps, days) => {
    const [a = "", b = ""] = stamps;
    expect(daysOf([ENTRY, a, ENTRY, b, ENTRY])).toEqual([undefined, ...days]);
  });

  it.each([
    // One date line in the body is the page's own stamp, not entries.
    [[ENTRY, "6:20 pm ET | Mar 4, 2013", ENTRY, ENTRY]],
    // Stamps after the last kept line are a footer's (related links), not entries.
    [[ENTRY, ENTRY, "6:20 pm ET | Mar 4, 2013", "8:05 am ET | Mar 3, 2013"]],
  ])("no entries: %j", (lines) => {
    expect(daysOf(lines)).toBeUndefined();
  });
});
