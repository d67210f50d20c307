import { describe, expect, it } from "vitest";
import { readCalendarExport } from "./calendar-export.ts";

/** A calendar file of these entries' lines. */
const calendar = (...entries: string[][]) => [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "X-WR-CALNAME:Alliance meetings",
  ...entries.flatMap((e) => ["BEGIN:VEVENT", ...e, "END:VEVENT"]),
  "END:VCALENDAR",
];

describe("a calendar saved as an iCalendar file", () => {
  it("is read as a chronology: each entry's days, then what it says, under its last stamp", () => {
    expect(
      readCalendarExport(
        calendar(
          [
            "DTSTART;VALUE=DATE:20120910",
            "DTEND;VALUE=DATE:20120913",
            "DTSTAMP:20120901T120000Z",
            "SUMMARY:Defense ministers meet in Tokyo\\, then Seoul",
            "DESCRIPTION:Talks on the alliance and on missile defense. Joint statemen",
            " t expected.",
          ],
          [
            "DTSTART;VALUE=DATE:20120930",
            "DTEND;VALUE=DATE:20121002",
            "DTSTAMP:20120905T080000Z",
            "SUMMARY:Navy staff talks",
            "LOCATION:Pearl Harbor\\, Hawaii",
          ],
        ),
      ),
    ).toEqual([
      "Alliance meetings",
      "",
      "Last updated: 5 September 2012",
      "",
      "10–12 September 2012 – Defense ministers meet in Tokyo, then Seoul. Talks on the alliance and on missile defense. Joint statement expected.",
      "",
      "30 September 2012 – 1 October 2012 – Navy staff talks. Location: Pearl Harbor, Hawaii.",
    ]);
  });

  it.each([
    // A whole-day entry of one day names that day; a timed entry within one day names it too.
    [["DTSTART;VALUE=DATE:20121105", "DTEND;VALUE=DATE:20121106"], "5 November 2012"],
    [["DTSTART:20121105T140000Z", "DTEND:20121105T160000Z"], "5 November 2012"],
    [["DTSTART:20121105T140000Z"], "5 November 2012"],
  ])("%j is one day", (dates, day) => {
    const lines = readCalendarExport(calendar([...dates, "SUMMARY:Envoys confer"]));
    expect(lines.at(-1)).toBe(`${day} – Envoys confer.`);
  });

  it("leaves a page that is no calendar as it is", () => {
    const page = ["Meetings", "BEGIN:VEVENT is how a calendar file opens an entry."];
    expect(readCalendarExport(page)).toEqual(page);
  });
});
