import { describe, expect, it } from "vitest";
import { dropPageBreaks, isPageBreakLine } from "./page-breaks.ts";

describe("isPageBreakLine", () => {
  it.each([
    "Navies Agree to Talks | The Courier      Page 1 of 3",
    "http://www.example.org/news/2012/talks.htm          5/15/2012",
    "https://example.gov/releases/t123.htm   5/8/2012 10:14 AM",
    "                                    7",
    "Example Quarterly | Spring 2012                      12",
    "THE COURIER | TUESDAY, MAY 8, 2012 | PAGE A1",
    "Continued on PAGE 3",
    "(Continued from page A1)",
    "Fleet visit delayed by storm ............ PAGE 4",
  ])("a page break's furniture: %s", (line) => {
    expect(isPageBreakLine(line)).toBe(true);
  });

  it.each([
    "The two sides met on page one of the agenda, officials said.",
    "In 2012 the navies held 3 rounds of talks, the last on May 8.",
    "The ministers spoke for 40 minutes.",
    "Visit http://www.example.org for the full text of the statement.",
    "2012",
  ])("text: %s", (line) => {
    expect(isPageBreakLine(line)).toBe(false);
  });
});

describe("dropPageBreaks", () => {
  const header = "Example Brief      Issue 4      May 8, 2012";
  const page = [
    header,
    "",
    "Navies agree to keep talking",
    "",
    "The two navies held their first round of talks in the capital on",
    "Tuesday and agreed to meet again in the autumn, officials said.1",
    "The admiral said the talks had gone well and that both sides had",
    "",
    "__________",
    "1 Ministry statement, May 8, 2012.",
    "",
    "Example Brief | May 2012                        1",
    "",
    header,
    "",
    "agreed to set up a working group on maritime safety.",
    "",
    "The next round is expected in the autumn.",
  ];

  it("takes out footnotes, running footer and header, and joins the sentence they cut", () => {
    const out = dropPageBreaks(page);
    expect(out).not.toContain("1 Ministry statement, May 8, 2012.");
    expect(out.filter((l) => l === header)).toHaveLength(1);
    const cut = out.indexOf("The admiral said the talks had gone well and that both sides had");
    expect(out[cut + 1]).toBe("agreed to set up a working group on maritime safety.");
  });

  it("leaves a blank line where the break falls between paragraphs", () => {
    const out = dropPageBreaks([
      "First paragraph ends here, as officials said.",
      "",
      "7",
      "",
      "Next.",
    ]);
    expect(out).toEqual(["First paragraph ends here, as officials said.", "", "Next."]);
  });

  it("keeps a repeated line, footnotes and all, where no page ends", () => {
    const lines = [
      "Share | Print",
      "",
      "The two navies met on Tuesday and agreed to meet again.",
      "",
      "__________",
      "1 Ministry statement, May 8, 2012.",
      "",
      "Share | Print",
    ];
    expect(dropPageBreaks(lines)).toEqual(lines);
  });
});
