import { describe, expect, it } from "vitest";
import { rowWindow, scrollTopToShow } from "./windowing.ts";

const base = { count: 100_000, rowHeight: 40, viewportHeight: 400, scrollTop: 0, overscan: 3 };

describe("rowWindow", () => {
  it.each([
    ["at the top", {}, { start: 0, end: 13, totalHeight: 4_000_000 }],
    ["scrolled to row 100", { scrollTop: 4000 }, { start: 97, end: 113, totalHeight: 4_000_000 }],
    ["between rows", { scrollTop: 4020 }, { start: 97, end: 114, totalHeight: 4_000_000 }],
    [
      "scrolled past the end is clamped",
      { scrollTop: 9_999_999 },
      { start: 99_987, end: 100_000, totalHeight: 4_000_000 },
    ],
    [
      "negative scroll (overscroll bounce)",
      { scrollTop: -50 },
      { start: 0, end: 13, totalHeight: 4_000_000 },
    ],
    ["fewer rows than fit", { count: 3 }, { start: 0, end: 3, totalHeight: 120 }],
    ["empty", { count: 0 }, { start: 0, end: 0, totalHeight: 0 }],
    ["not yet laid out", { viewportHeight: 0 }, { start: 0, end: 4, totalHeight: 4_000_000 }],
  ])("%s", (_name, patch, expected) => expect(rowWindow({ ...base, ...patch })).toEqual(expected));

  it("renders a bounded number of rows however long the list", () => {
    const { start, end } = rowWindow({ ...base, count: 10_000_000, scrollTop: 123_456 });
    expect(end - start).toBeLessThanOrEqual(400 / 40 + 1 + 2 * 3);
  });
});

describe("scrollTopToShow", () => {
  it.each([
    ["already visible", 5, 0, 0],
    ["above the viewport", 5, 1000, 200],
    ["below the viewport", 20, 0, 440],
    ["partly below", 10, 20, 40],
    ["exactly filling the viewport", 9, 0, 0],
    ["first row", 0, 500, 0],
  ])("%s", (_name, index, scrollTop, expected) =>
    expect(scrollTopToShow(index, 40, 400, scrollTop)).toBe(expected),
  );
});
