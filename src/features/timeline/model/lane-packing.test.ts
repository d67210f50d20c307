import { describe, expect, it } from "vitest";
import { packLanes, type Extent } from "./lane-packing.ts";

const overlaps = (a: Extent, b: Extent, gap: number) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap;

/** The property that matters: no two extents sharing a lane come within `gap` of each other. */
function expectNoCollisions(extents: Extent[], lanes: number[], gap: number) {
  extents.forEach((a, i) =>
    extents.forEach((b, j) => {
      if (i < j && lanes[i] === lanes[j]) expect(overlaps(a, b, gap), `${i} and ${j}`).toBe(false);
    }),
  );
}

describe("packLanes", () => {
  it("puts disjoint extents in one lane", () => {
    expect(
      packLanes([
        { x0: 0, x1: 10 },
        { x0: 20, x1: 30 },
        { x0: 40, x1: 50 },
      ]),
    ).toEqual({
      lanes: [0, 0, 0],
      laneCount: 1,
    });
  });

  it("stacks overlapping extents", () => {
    const { lanes, laneCount } = packLanes([
      { x0: 0, x1: 10 },
      { x0: 5, x1: 15 },
      { x0: 8, x1: 12 },
    ]);
    expect(new Set(lanes).size).toBe(3);
    expect(laneCount).toBe(3);
  });

  it("reuses a lane once it is free again", () => {
    const { lanes, laneCount } = packLanes([
      { x0: 0, x1: 10 },
      { x0: 5, x1: 15 },
      { x0: 11, x1: 20 },
    ]);
    expect(lanes).toEqual([0, 1, 0]);
    expect(laneCount).toBe(2);
  });

  it("keeps the gap between lane-mates", () => {
    expect(
      packLanes(
        [
          { x0: 0, x1: 10 },
          { x0: 11, x1: 20 },
        ],
        2,
      ).lanes,
    ).toEqual([0, 1]);
    expect(
      packLanes(
        [
          { x0: 0, x1: 10 },
          { x0: 12, x1: 20 },
        ],
        2,
      ).lanes,
    ).toEqual([0, 0]);
  });

  it("returns lanes in input order whatever the order of the input", () => {
    const { lanes } = packLanes([
      { x0: 30, x1: 40 },
      { x0: 0, x1: 35 },
    ]);
    expect(lanes).toEqual([1, 0]);
  });

  it("uses as many lanes as the deepest pile-up and never collides (random input)", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 1000;
    const extents = Array.from({ length: 300 }, () => {
      const x0 = random();
      return { x0, x1: x0 + random() / 20 + 1 };
    });
    const { lanes, laneCount } = packLanes(extents, 1);
    expectNoCollisions(extents, lanes, 1);
    const depth = Math.max(
      ...extents.map((p) => extents.filter((q) => q.x0 <= p.x0 && p.x0 < q.x1 + 1).length),
    );
    expect(laneCount).toBe(depth);
  });

  it("handles no input", () => expect(packLanes([])).toEqual({ lanes: [], laneCount: 0 }));
});
