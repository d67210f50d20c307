import { describe, expect, it } from "vitest";
import { runOn } from "../testing/corpus.ts";
import { isTableRow, readTableRow } from "./table-row.ts";
import { unwrapHardWrapped } from "./unwrap.ts";

describe("readTableRow", () => {
  it.each([
    [
      "March 3        Admiral Jane Roe at the Pentagon",
      "March 3: Admiral Jane Roe at the Pentagon",
    ],
    ["Oct. 8-11\tThe minister in Tokyo", "Oct. 8-11: The minister in Tokyo"],
    ["June (planned)   The envoy in Seoul", "June (planned): The envoy in Seoul"],
    ["2011    The first round", "2011: The first round"],
    // Negative: a date that runs on after one space is prose; a word that opens like a month is
    // no date.
    ["March 3 the admiral was at the Pentagon", "March 3 the admiral was at the Pentagon"],
    ["Mayor   Jane Roe at the Pentagon", "Mayor   Jane Roe at the Pentagon"],
  ])("%s", (line, read) => {
    expect(readTableRow(line)).toEqual([read]);
  });

  it.each([
    // A year's cell before the day's is a heading of its own over the row.
    [
      " 2010   Oct. 11     The ministers meet, Hanoi",
      ["2010", "Oct. 11: The ministers meet, Hanoi"],
    ],
    // Negative: a year in prose is no cell.
    ["2010 was a year of strain", ["2010 was a year of strain"]],
  ])("%s", (line, read) => {
    expect(readTableRow(line)).toEqual(read);
  });
});

describe("isTableRow", () => {
  const rows = ["2011", "March 3: Admiral Roe at the Pentagon", "June 9: The envoy in Seoul"];
  it.each([
    [rows, 1, true],
    [rows, 2, true],
    // Negative: a lone dated line is a stamp or a link; prose is no row.
    [["Related", "March 3: Admiral Roe at the Pentagon", "The talks went well."], 1, false],
    [["The talks went well.", "They met again.", "2011"], 1, false],
  ])("%j, line %i → %s", (lines, i, expected) => {
    expect(isTableRow(lines, i)).toBe(expected);
  });
});

describe("a table of dated visits", () => {
  // Over a hard-wrapped summary, so that the rows sit in a page whose short lines are joined.
  const page = [
    "Overview of Contacts",
    "",
    "August 1, 2013",
    "",
    "Officers of the two sides have met more often in recent years,",
    "the record below shows, and the exchanges now run to several",
    "visits a year, though each side still counts the other's plans",
    "with care and says so at every meeting held between them.",
    "",
    "Table 2. Senior Visits",
    "Date               Visit",
    "2012",
    "March 3            Admiral Jane Roe at the Pentagon",
    "October 8-11       Defense Minister John Doe in the United States",
    "2013",
    "September (planned)  General Ann Poe in China",
    "",
    "Table 3. Talks",
    "Year  Date         Talks",
    "2011  Jan. 9-12    Admiral Jane Roe in Tokyo",
    "      May 15-22\tMinister John Doe in Hanoi",
    "Source: the author.",
  ].join("\n");

  it("keeps each row apart and dates it in the year above it", async () => {
    const state = await runOn({ "a.txt": page });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => [e.date.value, e.date.end, e.status, e.title]).sort()).toEqual([
      ["2011-01-09", "2011-01-12", "occurred", "Roe visits Tokyo"],
      ["2011-05-15", "2011-05-22", "occurred", "Doe visits Hanoi"],
      ["2012-03-03", undefined, "occurred", "Roe visits the Pentagon"],
      ["2012-10-08", "2012-10-11", "occurred", "Doe visits the United States"],
      ["2013-09", undefined, "planned", "Planned: Poe visits China"],
    ]);
  });

  it("leaves the rows apart when the page's lines are unwrapped", () => {
    const lines = page
      .split("\n")
      .flatMap((l) => readTableRow(l).map((r) => r.replace(/ {2,}/g, " ")));
    const out = unwrapHardWrapped(lines);
    expect(out).toContain("March 3: Admiral Jane Roe at the Pentagon");
    expect(out).toContain("2013");
  });
});
