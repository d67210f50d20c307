import { describe, expect, it } from "vitest";
import { csvDocument, csvField } from "./csv.ts";

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    [undefined, ""],
    [0.9, "0.9"],
    [-1, "-1"],
    [Number.NaN, ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["Beijing – Zhōngnánhǎi", "Beijing – Zhōngnánhǎi"],
    // Formula injection: text that a spreadsheet would run is made inert.
    ["=1+1", "'=1+1"],
    ["+33 1 23", "'+33 1 23"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["a=b", "a=b"],
    // ...also after what a spreadsheet trims first.
    [" =1+1", "' =1+1"],
    ["\n=1+1", '"\'\n=1+1"'],
    ["\r\n  +1", '"\'\r\n  +1"'],
    ["\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"],
    ["\u200b=1", "'\u200b=1"],
    ["\uff1d1+1", "'\uff1d1+1"],
    [" plain", " plain"],
    ["\nplain", '"\nplain"'],
  ] as const)("%j → %j", (cell, expected) => expect(csvField(cell)).toBe(expected));
});

describe("csvDocument", () => {
  it("starts with a BOM and ends every row with CRLF", () => {
    expect(
      csvDocument([
        ["id", "title"],
        ["evt-1", "A, B"],
      ]),
    ).toBe('\uFEFFid,title\r\nevt-1,"A, B"\r\n');
  });

  it("writes an empty document as just the BOM", () => {
    expect(csvDocument([])).toBe("\uFEFF");
  });
});
