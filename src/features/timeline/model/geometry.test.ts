import { describe, expect, it } from "vitest";
import { GEOMETRY, laneCenterY, timelineHeight } from "./geometry.ts";

describe("geometry", () => {
  it("keeps lanes a full lane apart, so a point never reaches into the next lane", () => {
    expect(laneCenterY(1) - laneCenterY(0)).toBe(GEOMETRY.laneHeight);
    expect(2 * GEOMETRY.pointRadius).toBeLessThan(GEOMETRY.laneHeight);
  });
  it("places the first lane below the axis", () =>
    expect(laneCenterY(0) - GEOMETRY.pointRadius).toBeGreaterThan(GEOMETRY.axisHeight));
  it("grows with the lanes and keeps room for one when empty", () => {
    expect(timelineHeight(0)).toBe(timelineHeight(1));
    expect(timelineHeight(3) - timelineHeight(1)).toBe(2 * GEOMETRY.laneHeight);
    expect(laneCenterY(2) + GEOMETRY.pointRadius).toBeLessThan(timelineHeight(3));
  });
});
