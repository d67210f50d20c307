import { describe, expect, it } from "vitest";
import { createHitIndex } from "./hit-index.ts";
import { createScenePicker } from "./scene-picking.ts";
import type { Scene } from "./scene-layout.ts";

describe("createHitIndex", () => {
  const boxes = [
    { x0: 0, x1: 10, y0: 0, y1: 10 },
    { x0: 100, x1: 140, y0: 0, y1: 10 },
    { x0: 100, x1: 110, y0: 40, y1: 50 },
  ];
  const index = createHitIndex(boxes, 16);
  it("finds the box under the point", () => {
    expect(index.hit(5, 5)).toBe(0);
    expect(index.hit(135, 5)).toBe(1);
    expect(index.hit(105, 45)).toBe(2);
  });
  it("forgives a near miss within the slop, and nothing further", () => {
    expect(index.hit(11, 5, 2)).toBe(0);
    expect(index.hit(20, 5, 2)).toBe(-1);
    expect(index.hit(60, 25)).toBe(-1);
  });
  it("agrees with a linear scan on random boxes", () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many = Array.from({ length: 500 }, () => {
      const x0 = random() * 1000;
      const y0 = Math.floor(random() * 20) * 20;
      return { x0, x1: x0 + 4 + random() * 30, y0, y1: y0 + 18 };
    });
    const grid = createHitIndex(many);
    for (let i = 0; i < 300; i++) {
      const x = random() * 1000;
      const y = random() * 400;
      const hit = grid.hit(x, y, 0);
      const inside = many.findIndex((b) => b.x0 <= x && x <= b.x1 && b.y0 <= y && y <= b.y1);
      expect(hit >= 0).toBe(inside >= 0);
      if (hit >= 0) {
        const b = many[hit];
        expect(b && b.x0 <= x && x <= b.x1 && b.y0 <= y && y <= b.y1).toBe(true);
      }
    }
  });
});

describe("createScenePicker", () => {
  it("tells marks from clusters", () => {
    const scene = {
      marks: [{ item: { event: { id: "evt-a" } }, x0: 10, x1: 22, xs: 10, xe: 22, y: 50 }],
      clusters: [{ key: "c", count: 3, x0: 40, x1: 70, y: 70, start: 0, end: 1, bandLabel: "x" }],
      bands: [],
      height: 100,
      visibleCount: 4,
    } as unknown as Scene;
    const picker = createScenePicker(scene, 20);
    expect(picker.pick(16, 52)).toMatchObject({ type: "mark" });
    expect(picker.pick(50, 70)).toMatchObject({ type: "cluster", cluster: { count: 3 } });
    expect(picker.pick(200, 10)).toBeUndefined();
  });
});
