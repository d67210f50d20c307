import { describe, expect, it } from "vitest";
import { isTableNote } from "./table-note.ts";

const PROSE =
  "The fleet's commander said the two navies would meet again in the spring to review the drill.";

describe("isTableNote", () => {
  it.each([
    [
      "a source under rows between bars",
      ["Year | Ships | Port", "2011 | 4 | Qingdao", "Source: the navy's yearbook.", "", PROSE],
    ],
    [
      "a note under tab-separated rows",
      ["Year\tShips\tPort", "2012\t3\tSasebo", "Note: figures are rounded.", PROSE],
    ],
  ])("%s", (_, lines) => {
    expect(
      isTableNote(
        lines,
        lines.findIndex((l) => /^(Source|Note):/.test(l)),
      ),
    ).toBe(true);
  });

  it.each([
    // No table above: the page's own source line, its footer.
    ["a source under prose", [PROSE, "Source: the navy's yearbook.", PROSE]],
    // A table at the page's end: nothing of the story below its note.
    [
      "a source with no prose below",
      [
        "Year | Ships | Port",
        "2011 | 4 | Qingdao",
        "Source: the navy's yearbook.",
        "About us | Contact | Privacy",
      ],
    ],
    // Another footer's words under a table.
    [
      "a credit under a table",
      ["Year | Ships | Port", "2011 | 4 | Qingdao", "Editor: Jane Roe", PROSE],
    ],
  ])("not a table's note: %s", (_, lines) => {
    const i = lines.findIndex((l) => /^(Source|Editor):/.test(l));
    expect(isTableNote(lines, i)).toBe(false);
  });
});
