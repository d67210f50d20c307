import { describe, expect, it } from "vitest";
import { candidateSlice, type Extent } from "./time-slice.ts";

const byStart = (items: Extent[]) => items.sort((a, b) => a.start - b.start);

describe("candidateSlice", () => {
  it("holds every item that meets the view", () => {
    const items = byStart(
      Array.from({ length: 200 }, (_, i) => ({
        start: (i * 37) % 500,
        end: ((i * 37) % 500) + (i % 9),
      })),
    );
    for (const [start, end] of [
      [0, 10],
      [120, 180],
      [490, 520],
      [-20, 0],
    ] as const) {
      const [from, to] = candidateSlice(items, start, end);
      items.forEach((item, i) => {
        if (item.start < end && item.end > start) {
          expect(i).toBeGreaterThanOrEqual(from);
          expect(i).toBeLessThan(to);
        }
      });
    }
  });

  it("leaves out items that start at or after the view's end, and ended long before its start", () => {
    const items = byStart([
      { start: 0, end: 5 },
      { start: 10, end: 12 },
      { start: 50, end: 55 },
      { start: 100, end: 101 },
    ]);
    // Longest is 5: nothing starting before 45 can reach 50.
    expect(candidateSlice(items, 50, 100)).toEqual([2, 3]);
  });

  it("reaches back as far as the longest item can", () => {
    const items = byStart([
      { start: 0, end: 1000 },
      { start: 10, end: 11 },
      { start: 600, end: 601 },
    ]);
    const [from, to] = candidateSlice(items, 500, 700);
    expect([from, to]).toEqual([0, 3]);
  });

  it("is empty for a view past every item", () => {
    const items = byStart([{ start: 0, end: 1 }]);
    const [from, to] = candidateSlice(items, 10, 20);
    expect(to - from).toBe(0);
  });
});
