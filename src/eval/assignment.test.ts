import { describe, expect, it } from "vitest";
import { bestAssignment } from "./assignment.ts";

/** The largest total weight of any one-to-one pairing, by trying them all (small inputs only). */
function bruteForceBest(weights: number[][], row = 0, used = new Set<number>()): number {
  if (row === weights.length) return 0;
  let best = bruteForceBest(weights, row + 1, used); // leave this row unpaired
  weights[row]?.forEach((w, col) => {
    if (w <= 0 || used.has(col)) return;
    used.add(col);
    best = Math.max(best, w + bruteForceBest(weights, row + 1, used));
    used.delete(col);
  });
  return best;
}

const total = (weights: number[][], pairs: [number, number][]) =>
  pairs.reduce((sum, [r, c]) => sum + (weights[r]?.[c] ?? 0), 0);

describe("bestAssignment", () => {
  it.each([
    ["no rows", [], []],
    ["no columns", [[], []], []],
    [
      "nothing can pair",
      [
        [0, 0],
        [0, 0],
      ],
      [],
    ],
    ["one cell", [[1.5]], [[0, 0]]],
    // Greedy would give row 0 its best column (1) and leave row 1 with nothing.
    [
      "not greedy",
      [
        [1.4, 1.9],
        [0, 1.9],
      ],
      [
        [0, 0],
        [1, 1],
      ],
    ],
    ["more rows than columns", [[1.2], [1.9], [1.5]], [[1, 0]]],
    ["more columns than rows", [[1.2, 1.9, 1.5]], [[0, 1]]],
  ] as [string, number[][], [number, number][]][])("%s", (_, weights, pairs) => {
    expect(bestAssignment(weights)).toEqual(pairs);
  });

  it("pairs each row and each column at most once", () => {
    const pairs = bestAssignment([
      [1.9, 1.9, 1.9],
      [1.9, 1.9, 1.9],
    ]);
    expect(pairs).toHaveLength(2);
    expect(new Set(pairs.map(([r]) => r)).size).toBe(2);
    expect(new Set(pairs.map(([, c]) => c)).size).toBe(2);
  });

  it("finds the largest total weight on random matrices", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 300; trial++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      // Like the scorer's fits: 0 (cannot pair) or between 1 and 1.9.
      const weights = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () =>
          random() < 0.4 ? 0 : 1 + 0.1 * Math.floor(random() * 10),
        ),
      );
      const pairs = bestAssignment(weights);
      expect(total(weights, pairs)).toBeCloseTo(bruteForceBest(weights), 9);
      expect(pairs.every(([r, c]) => (weights[r]?.[c] ?? 0) > 0)).toBe(true);
    }
  });
});
