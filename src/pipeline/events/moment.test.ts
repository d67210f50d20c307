import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a feature published on Monday 17 January 2011, as "date: people". */
const eventsOf = (...paragraphs: string[]) =>
  datedPeopleOf("Thaw", "LONDON, Jan. 17, 2011", ...paragraphs);

/** A first paragraph that tells nothing, so the one after it is not read with the dateline. */
const LEAD = "The two militaries have had an eventful year, in five moments.";

const ACT =
  "Meeting in Hanoi, Liang Guanglie, China's defence minister, invited Robert Gates to Beijing.";

describe("a sentence that only sets a moment", () => {
  it("dates the act the next sentence tells", async () => {
    expect(await eventsOf("The first thaw came in October.", ACT)).toEqual([
      "2010-10: Liang Guanglie, Robert M. Gates",
    ]);
  });

  it.each([
    ["the place it came at", "The first thaw came in Manila in October."],
    ["a possessive subject", "Beijing's first step came in October."],
  ])("with %s, dates the act the next sentence tells", async (_, moment) => {
    expect(await eventsOf(moment, ACT)).toEqual(["2010-10: Liang Guanglie, Robert M. Gates"]);
  });

  it.each([
    ["someone named", "Robert Gates spent Friday with the fleet, and his aide was at his side."],
    ["a role only", "The secretary spent Friday with the fleet, and his aide was at his side."],
  ])("that says %s spent a day, dates the act the next sentence tells", async (_, moment) => {
    expect(await eventsOf(LEAD, moment, ACT)).toEqual([
      "2011-01-14: Liang Guanglie, Robert M. Gates",
    ]);
  });

  it("that spent a week, no day, sets no moment", async () => {
    const rows = await eventsOf(LEAD, "Robert Gates spent last week with the fleet.", ACT);
    expect(rows).not.toContain("2011-01-14: Liang Guanglie, Robert M. Gates");
  });

  it("with more than a place between its verb and its date, sets no moment", async () => {
    const rows = await eventsOf("The first thaw came after much talk in October.", ACT);
    expect(rows).not.toContain("2010-10: Liang Guanglie, Robert M. Gates");
  });

  it("that opens with its date and tells no act, dates the act the next sentence tells", async () => {
    expect(await eventsOf("In October, the thaw began in earnest.", ACT)).toEqual([
      "2010-10: Liang Guanglie, Robert M. Gates",
    ]);
  });

  it("that is a dated title, dates the act the next sentence tells", async () => {
    expect(await eventsOf(LEAD, "October 11: Hanoi.", ACT)).toEqual([
      "2010-10-11: Liang Guanglie, Robert M. Gates",
    ]);
  });

  describe("a dated title that names an occasion only", () => {
    const RECALLED =
      "In the morning the defence minister, Liang Guanglie, recalled his visit to Washington in May.";
    it("is no event of its own", async () => {
      expect(await eventsOf(LEAD, "October 11: The lecture.", RECALLED)).toEqual([
        "2010-05: Liang Guanglie",
      ]);
    });
    // Negative: with its place it tells where something happened, an event of its own.
    it("with its place, is one", async () => {
      expect(await eventsOf(LEAD, "October 11: The talks in Hanoi.", RECALLED)).toContain(
        "2010-10-11: ",
      );
    });
  });

  it("leaves the next act undated after a dated line longer than a title", async () => {
    const rows = await eventsOf(
      LEAD,
      "October 11: a grey and windy day in the old capital, with rain over the river and thick fog on the hills.",
      ACT,
    );
    expect(rows.some((r) => r.startsWith("2010-10-11: Liang"))).toBe(false);
  });

  it("dates a show of force the next sentence tells, an act of a lower rank", async () => {
    expect(
      await eventsOf(
        LEAD,
        "December 5: the survey ship.",
        "Two Chinese frigates nearly collided with an American survey ship off the coast.",
      ),
    ).toEqual(["2010-12-05: United States, China"]);
  });

  it.each([
    // It names someone: it is a sentence of its own, not a frame for the next one.
    "The first thaw Liang Guanglie wanted came in October.",
    // More than a moment: the date does not close the sentence.
    "The first thaw came in October for the two navies.",
    // A long sentence with its date first tells more than a moment.
    "In October, the thaw that the two navies had long waited for in their dealings with one another began in earnest.",
  ])("leaves the next act undated: %s", async (first) => {
    expect(await eventsOf(first, ACT)).not.toContain("2010-10: Liang Guanglie, Robert M. Gates");
  });
});
