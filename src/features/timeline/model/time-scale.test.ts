import { describe, expect, it } from "vitest";
import { axisTicks } from "./axis-ticks.ts";
import { windowInterval } from "./event-interval.ts";
import { createTimeScale } from "./time-scale.ts";

const WINDOW = windowInterval({ start: "2010-01-01", end: "2013-12-31" });
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

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

  it("inverts a pixel back to its time, clamped to the domain", () => {
    const scale = createTimeScale(WINDOW, 1000, { left: 10, right: 20 });
    const mid = new Date((WINDOW.start.getTime() + WINDOW.end.getTime()) / 2);
    expect(scale(mid)).toBe(495);
    expect(scale.invert(495).getTime()).toBe(mid.getTime());
    expect(scale.invert(-50).getTime()).toBe(WINDOW.start.getTime());
    expect(scale.invert(5000).getTime()).toBe(WINDOW.end.getTime());
  });

  it("reports its domain and range, and maps an empty domain to the middle", () => {
    const scale = createTimeScale(WINDOW, 1000, { left: 10, right: 20 });
    expect(scale.domain().map((d) => d.getTime())).toEqual([
      WINDOW.start.getTime(),
      WINDOW.end.getTime(),
    ]);
    expect(scale.range()).toEqual([10, 980]);
    const instant = createTimeScale({ start: WINDOW.start, end: WINDOW.start }, 1000, {
      left: 0,
      right: 0,
    });
    expect(instant(WINDOW.end)).toBe(500);
  });

  it("keeps a usable range when the container is narrower than the insets", () => {
    const [x0 = 0, x1 = 0] = createTimeScale(WINDOW, 10).range();
    expect(x1).toBeGreaterThan(x0);
  });
});

describe("axisTicks", () => {
  it("labels year boundaries with the year, and puts no tick at the exclusive end", () => {
    const { ticks, granularity } = axisTicks(createTimeScale(WINDOW, 1600));
    expect(granularity).toBe("month");
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      "2010",
      "2011",
      "2012",
      "2013",
    ]);
    expect(ticks.filter((t) => !t.major).map((t) => t.label)).toContain("Jul");
  });

  it("reads years, then months, then days as the view narrows", () => {
    const granularity = (start: Date, end: Date) =>
      axisTicks(createTimeScale({ start, end }, 1000)).granularity;
    expect(granularity(WINDOW.start, WINDOW.end)).toBe("year");
    expect(granularity(utc(2012, 1, 1), utc(2013, 1, 1))).toBe("month");
    expect(granularity(utc(2012, 5, 1), utc(2012, 5, 15))).toBe("day");
  });

  it("never goes finer than a day, however narrow the view", () => {
    const { ticks, granularity } = axisTicks(
      createTimeScale({ start: utc(2012, 5, 1), end: utc(2012, 5, 3) }, 2000),
    );
    expect(granularity).toBe("day");
    expect(ticks.map((t) => t.label)).toEqual(["1 May", "2 May"]);
  });

  it("marks month starts on a day axis as major, labelled with the day", () => {
    const { ticks } = axisTicks(
      createTimeScale({ start: utc(2012, 5, 25), end: utc(2012, 6, 5) }, 1200),
    );
    const june = ticks.find((t) => t.key.startsWith("2012-06-01"));
    expect(june).toMatchObject({ major: true, label: "1 Jun" });
  });

  it("thins out the ticks on a narrow axis", () => {
    const wide = axisTicks(createTimeScale(WINDOW, 1600)).ticks.length;
    const narrow = axisTicks(createTimeScale(WINDOW, 320)).ticks.length;
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBeGreaterThanOrEqual(2);
  });

  it("places ticks in increasing x order inside the range, at least a label apart", () => {
    const scale = createTimeScale(WINDOW, 800);
    const xs = axisTicks(scale).ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(16);
    expect(Math.max(...xs)).toBeLessThanOrEqual(784);
    xs.slice(1).forEach((x, i) => expect(x - (xs[i] ?? 0)).toBeGreaterThanOrEqual(60));
  });
});
