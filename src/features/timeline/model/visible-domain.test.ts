import { describe, expect, it } from "vitest";
import { windowInterval } from "./event-interval.ts";
import {
  clampDomain,
  domainToRange,
  MIN_SPAN_MS,
  panDomain,
  rangeToDomain,
  zoomDomain,
} from "./visible-domain.ts";
import { domainForTransform, transformForDomain } from "./zoom-transform.ts";

const WINDOW = windowInterval({ start: "2010-01-01", end: "2013-12-31" });
const span = (d: { start: Date; end: Date }) => d.end.getTime() - d.start.getTime();

describe("visible range and domain", () => {
  it("round-trips inclusive days", () => {
    const range = { from: "2012-05-01", to: "2012-05-31" };
    expect(domainToRange(rangeToDomain(range))).toEqual(range);
    expect(rangeToDomain(range).end.toISOString()).toBe("2012-06-01T00:00:00.000Z");
  });
  it("reports every day any part of which is visible", () =>
    expect(
      domainToRange({ start: new Date("2012-05-01T12:00Z"), end: new Date("2012-05-03T01:00Z") }),
    ).toEqual({ from: "2012-05-01", to: "2012-05-03" }));
});

describe("clamp, zoom and pan", () => {
  it("keeps the domain inside the window, moving rather than cutting it", () => {
    const moved = clampDomain(rangeToDomain({ from: "2013-12-01", to: "2014-01-30" }), WINDOW);
    expect(moved.end).toEqual(WINDOW.end);
    expect(span(moved)).toBe(span(rangeToDomain({ from: "2013-12-01", to: "2014-01-30" })));
  });
  it("never zooms narrower than a week nor wider than the window", () => {
    expect(span(zoomDomain(WINDOW, 1e6, WINDOW))).toBe(MIN_SPAN_MS);
    expect(zoomDomain(WINDOW, 1 / 4, WINDOW)).toEqual(WINDOW);
  });
  it("keeps the time under the anchor in place", () => {
    const d = rangeToDomain({ from: "2011-01-01", to: "2011-12-31" });
    const anchor = 0.25;
    const at = (x: { start: Date; end: Date }) => x.start.getTime() + anchor * span(x);
    const zoomed = zoomDomain(d, 2, WINDOW, anchor);
    expect(at(zoomed)).toBeCloseTo(at(d), -1);
    expect(span(zoomed)).toBeCloseTo(span(d) / 2, -1);
  });
  it("pans by a fraction of the span and stops at the edges", () => {
    const d = rangeToDomain({ from: "2011-01-01", to: "2011-12-31" });
    expect(panDomain(d, 0.5, WINDOW).start.getTime() - d.start.getTime()).toBe(span(d) / 2);
    expect(panDomain(d, -10, WINDOW).start).toEqual(WINDOW.start);
  });
});

describe("d3-zoom transform", () => {
  const plot = { left: 16, right: 1184 };
  it("is the identity for the whole window", () =>
    expect(transformForDomain(WINDOW, WINDOW, plot)).toEqual({ k: 1, x: 0 }));
  it("inverts to the same domain", () => {
    const d = rangeToDomain({ from: "2012-03-01", to: "2012-04-30" });
    const back = domainForTransform(transformForDomain(d, WINDOW, plot), WINDOW, plot);
    expect(back.start.getTime()).toBeCloseTo(d.start.getTime(), -2);
    expect(back.end.getTime()).toBeCloseTo(d.end.getTime(), -2);
  });
});
