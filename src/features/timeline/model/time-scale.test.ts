import { describe, expect, it } from "vitest";
import { axisTicks } from "./axis-ticks.ts";
import { windowInterval } from "./event-interval.ts";
import { createTimeScale } from "./time-scale.ts";

const WINDOW = windowInterval({ start: "2010-01-01", end: "2013-12-31" });

describe("createTimeScale", () => {
  it("maps the window onto the width minus the insets", () => {
    const scale = createTimeScale(WINDOW, 1000, { left: 10, right: 20 });
    expect(scale(WINDOW.start)).toBe(10);
    expect(scale(WINDOW.end)).toBe(980);
  });

  it("clamps dates outside the window to its edges", () => {
    const scale = createTimeScale(WINDOW, 1000, { left: 0, right: 0 });
    expect(scale(new Date(Date.UTC(2016, 0, 1)))).toBe(1000);
    expect(scale(new Date(Date.UTC(2001, 0, 1)))).toBe(0);
  });

  it("keeps a usable range when the container is narrower than the insets", () => {
    const [x0 = 0, x1 = 0] = createTimeScale(WINDOW, 10).range();
    expect(x1).toBeGreaterThan(x0);
  });
});

describe("axisTicks", () => {
  it("labels year boundaries with the year, and puts no tick at the exclusive end", () => {
    const ticks = axisTicks(createTimeScale(WINDOW, 1200));
    const years = ticks.filter((t) => t.major).map((t) => t.label);
    expect(years).toEqual(["2010", "2011", "2012", "2013"]);
    expect(ticks.filter((t) => !t.major).map((t) => t.label)).toContain("Jul");
  });

  it("thins out the ticks on a narrow axis", () => {
    const wide = axisTicks(createTimeScale(WINDOW, 1600)).length;
    const narrow = axisTicks(createTimeScale(WINDOW, 320)).length;
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBeGreaterThanOrEqual(2);
  });

  it("places ticks in increasing x order inside the range", () => {
    const scale = createTimeScale(WINDOW, 800);
    const xs = axisTicks(scale).map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(16);
    expect(Math.max(...xs)).toBeLessThanOrEqual(784);
  });
});
