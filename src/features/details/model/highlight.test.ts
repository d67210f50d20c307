import { describe, expect, it } from "vitest";
import { highlightSegments, locateSpan } from "./highlight.ts";

const text = "One. Two three. Four.";
const span = (t: string, start: number, end: number) => ({ text: t, start, end });

describe("locateSpan", () => {
  it.each([
    ["exact offsets", span("Two three.", 5, 15), [5, 15]],
    ["stale offsets fall back to the text", span("Four.", 0, 5), [16, 21]],
    ["absent text", span("Five.", 0, 5), undefined],
    ["offsets past the end", span("Four.", 40, 45), [16, 21]],
  ] as const)("%s", (_name, s, expected) => expect(locateSpan(text, s)).toEqual(expected));
});

describe("highlightSegments", () => {
  it("cuts the text around the spans, in text order", () =>
    expect(highlightSegments(text, [span("Four.", 16, 21), span("One.", 0, 4)])).toEqual([
      { text: "One.", span: 1 },
      { text: " Two three. ", span: undefined },
      { text: "Four.", span: 0 },
    ]));

  it("skips a span overlapping an earlier one", () =>
    expect(
      highlightSegments(text, [span("Two three.", 5, 15), span("three. Four.", 9, 21)]),
    ).toEqual([
      { text: "One. ", span: undefined },
      { text: "Two three.", span: 0 },
      { text: " Four.", span: undefined },
    ]));

  it("keeps every character exactly once", () => {
    const segments = highlightSegments(text, [span("Two", 5, 8), span("Four.", 16, 21)]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("returns the plain text without spans", () =>
    expect(highlightSegments(text, [])).toEqual([{ text, span: undefined }]));
});
