import { describe, expect, it } from "vitest";
import { readerDate, readTableExport } from "./table-export.ts";

describe("readTableExport: a timeline saved as CSV is read as a chronology", () => {
  it("makes each row a line, its days first, its links left out", () => {
    const lines = [
      "date,event,source",
      '2012-05-04,"The minister arrives in Boston, the first stop of his tour",example.org/news',
      '2012-05-07,"Talks at the Pentagon; the two sides agree to ""more exchanges""",defense.example.gov',
      "2012-06,The cruiser sails for the joint drill,",
    ];
    expect(readTableExport(lines)).toEqual([
      "Timeline",
      "",
      "4 May 2012 – The minister arrives in Boston, the first stop of his tour.",
      "",
      '7 May 2012 – Talks at the Pentagon; the two sides agree to "more exchanges".',
      "",
      "June 2012 – The cruiser sails for the joint drill.",
    ]);
  });

  it("reads TimelineJS's year, month and day columns, and an end's", () => {
    const lines = [
      "Year,Month,Day,Time,End Year,End Month,End Day,Headline,Text,Media",
      "2012,5,4,,2012,5,10,Defense minister tours the US,He visits five bases.,https://example.org/a.jpg",
      "2013,6,,,,,,Summit in California,The two leaders meet.,",
      "2011,,,,,,,Exchanges suspended,,",
    ];
    expect(readTableExport(lines)).toEqual([
      "Timeline",
      "",
      "4 May 2012 – 10 May 2012 – Defense minister tours the US. He visits five bases.",
      "",
      "June 2013 – Summit in California. The two leaders meet.",
      "",
      "2011 – Exchanges suspended.",
    ]);
  });

  it.each([
    // Prose with commas: its first line is no row of headings.
    [["The talks, held in Beijing, went well.", "Both sides, he said, agreed.", "More later."]],
    // A table with no date column dates nothing.
    [["name,role,country", "Jane Roe,minister,USA", "Li Ming,general,CHN"]],
    // Rows of another shape than the headings' are no table.
    [["date,event", "2012-05-04,one,two,three", "2012-05-05,four"]],
  ])("leaves other text as it is: %j", (lines) => {
    expect(readTableExport(lines)).toEqual(lines);
  });
});

describe("readerDate: an ISO date as a reader writes it", () => {
  it.each([
    ["2012-05-04", "4 May 2012"],
    ["2011-11", "November 2011"],
    ["2011", "2011"],
    ["Nov 2011", "Nov 2011"],
    // Negative: no month 13; the cell stays as it is.
    ["2011-13-01", "2011-13-01"],
  ])("%s → %s", (cell, written) => {
    expect(readerDate(cell)).toBe(written);
  });
});
