import { describe, expect, it } from "vitest";
import { entryStampDays } from "./entry-stamps.ts";
import { runOn } from "../testing/corpus.ts";

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
    // A digest's or a thread's messages under their own headers, and a quoted message's.
    [
      ["Date: Tue, 5 Mar 2013 08:40:12 -0500", "Sent: Wednesday, March 6, 2013 9:02 AM"],
      ["2013-03-05", "2013-03-06"],
    ],
    [
      [
        "Date: Tue, 5 Mar 2013 08:40:12 -0500",
        "On Mon, Mar 4, 2013 at 3:12 PM, Jane Roe <jroe@example.org> wrote:",
      ],
      ["2013-03-05", "2013-03-04"],
    ],
    // A press-clip compilation's items under their sources' lines: an outlet and its date.
    [
      ["Example Daily, Feb. 18, 2013", "The Morning Post, Feb. 19, 2013"],
      ["2013-02-18", "2013-02-19"],
    ],
  ])("reads stamps of other forms: %j", (stamps, days) => {
    const [a = "", b = ""] = stamps;
    expect(daysOf([ENTRY, a, ENTRY, b, ENTRY])).toEqual([undefined, ...days]);
  });

  it("gives each post of a forum thread its header's day", () => {
    expect(
      daysOf([
        ENTRY,
        "#1919 Posted by tide_reader on 03/09/2012 7:40 AM",
        ENTRY,
        "Reply | Quote",
        "#1924 Posted by harbor_watch on 03/12/2012 9:02 AM",
        ENTRY,
      ]),
    ).toEqual([undefined, "2012-03-09", "2012-03-12"]);
    // Negative: a numbered line with no stamp heads no post.
    expect(daysOf([ENTRY, "#1919 Replies to the first post", ENTRY])).toBeUndefined();
  });

  it("counts the first entry's date line right above the body (a feed's first item)", () => {
    expect(
      daysOf(["Fri, 14 Jun 2013 22:10:00 -0400", ENTRY, "Tue, 11 Jun 2013 09:00:00 -0400", ENTRY]),
    ).toEqual(["2013-06-14", "2013-06-11"]);
  });

  it("gives each item of a news list the day of the source's stamp under it", () => {
    // A headline over each item after the first: the stamp above it closed the item before.
    expect(
      daysOf([
        ENTRY,
        "Harbour Wire - Mar 4, 2013, 6:20 PM ET",
        "",
        "Navies agree on a drill",
        ENTRY,
        "Harbour Wire - Mar 3, 2013, 8:05 AM ET",
      ]),
    ).toEqual(["2013-03-04", "2013-03-03"]);
    // No headlines: the last item's stamp under it tells the list from a live blog.
    expect(
      daysOf([
        ENTRY,
        "Harbour Wire - Mar 4, 2013, 6:20 PM ET",
        ENTRY,
        "Harbour Wire - Mar 3, 2013, 8:05 AM ET",
        ENTRY,
        "Harbour Wire - Mar 2, 2013, 9:40 AM ET",
      ]),
    ).toEqual(["2013-03-04", "2013-03-03", "2013-03-02"]);
    // Negative: items under their stamps and headlines, a widget row closing each, as an
    // episode list sets them; each is told on the stamp above it.
    expect(
      daysOf([
        "Intro",
        ENTRY,
        "Ep. 2 | Mar 4, 2013",
        "Navies agree on a drill",
        ENTRY,
        "Play | Download",
        "Ep. 1 | Mar 3, 2013",
        "Talks set for June",
        ENTRY,
      ]),
    ).toEqual([undefined, "2013-03-04", "2013-03-03"]);
  });

  it("gives a forwarded message under a mail's own note the day it was sent", () => {
    expect(
      daysOf([
        ENTRY,
        "-----Original Message-----",
        "From: Jane Roe",
        "Sent: Monday, March 4, 2013 6:12 PM",
        "Subject: Notes",
        ENTRY,
        ENTRY,
      ]),
    ).toEqual([undefined, "2013-03-04", "2013-03-04"]);
  });

  it("dates a reply's quoted message by the header that opens the body", () => {
    const lines = [
      "Date: Tue, 5 Mar 2013 08:40:12 -0500",
      "On Mon, Mar 4, 2013 at 3:12 PM, Jane Roe <jroe@example.org> wrote:",
      ENTRY,
      ENTRY,
    ];
    expect(entryStampDays(lines, [1, 2, 3])).toEqual(["2013-03-05", "2013-03-04", "2013-03-04"]);
  });

  it("takes a date line that opens the body for no entry's stamp", () => {
    const lines = ["Date: Tue, 5 Mar 2013 08:40:12 -0500", "Mar 4, 2013", ENTRY, ENTRY];
    expect(entryStampDays(lines, [1, 2, 3])).toEqual(["2013-03-05", "2013-03-05", "2013-03-05"]);
  });

  it.each([
    // One date line in the body is the page's own stamp, not entries; nor is one above it alone.
    [["Mar 4, 2013", ENTRY, ENTRY, ENTRY]],
    [["Mar 4, 2013", "A headline", ENTRY, "6:20 pm ET | Mar 4, 2013", ENTRY]],
    [[ENTRY, "6:20 pm ET | Mar 4, 2013", ENTRY, ENTRY]],
    [[ENTRY, "Example Daily, Feb. 18, 2013", ENTRY, ENTRY]],
    // A sentence that names an outlet and a date is no source line.
    [
      [
        ENTRY,
        "Example Daily reported the talks on Feb. 18, 2013.",
        ENTRY,
        "Example Daily said so on Feb. 19, 2013.",
        ENTRY,
      ],
    ],
    // Stamps after the last kept line are a footer's (related links), not entries.
    [[ENTRY, ENTRY, "6:20 pm ET | Mar 4, 2013", "8:05 am ET | Mar 3, 2013"]],
    // A line that opens like a header but is a sentence is no message's header.
    [[ENTRY, "On Monday, Mar 4, 2013, the envoy said he wrote to the minister.", ENTRY, ENTRY]],
  ])("no entries: %j", (lines) => {
    expect(daysOf(lines)).toBeUndefined();
  });
});

/** A page with its own stamp over the body and readers' stamped comments under it. */
const commentedPage = (masthead: string, commented: string) =>
  [
    "The Harbour Ledger",
    `Karachi | Lahore    ${masthead}`,
    "",
    "Navies meet at sea",
    "",
    "Wire | Published: 09-06-2013, 08:30 PST",
    "",
    "PORT LOUIS: Both navies held a drill off the island on Saturday.",
    "",
    "The frigates of both fleets will sail home on Tuesday, officials said.",
    "",
    "- Reader comments (2)",
    `Jo R. | ${commented}, 10:12`,
    "Good news for the region and for the fishermen who work these waters.",
    `Al T. | ${commented}, 11:40`,
    "Let us hope the sailors get home safely and soon.",
  ].join("\n");

describe("a stamp whose numbers could each be the month, over a page's entries", () => {
  it.each([
    // Read in the page's order, as the page's own stamp is: the masthead writes the day out …
    ["Sunday, 09 Jun 2013", "9 June 2013", "2013-06-11"],
    // … and with no such day, the zone's order stands for both.
    ["", "7 September 2013", "2013-09-10"],
  ])("masthead %j, comments of %j: the sailing is on %s", async (masthead, commented, day) => {
    const state = await runOn({ "a.txt": commentedPage(masthead, commented) });
    const sailing = state.output?.events.events.find((e) => /sail/.test(e.title));
    expect(sailing?.date.value).toBe(day);
  });
});
