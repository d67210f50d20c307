import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { windowInterval } from "./event-interval.ts";
import { createTimeScale } from "./time-scale.ts";
import { layoutTimeline } from "./timeline-layout.ts";

const scale = createTimeScale(windowInterval({ start: "2010-01-01", end: "2013-12-31" }), 1000);
const OPTIONS = { pointRadius: 6, minSpanWidth: 6, gap: 3 };

describe("layoutTimeline", () => {
  it("draws day-precision events as points at least one diameter wide", () => {
    const [mark] = layoutTimeline([makeEvent()], scale, OPTIONS).marks;
    expect(mark?.shape).toBe("point");
    expect((mark?.x1 ?? 0) - (mark?.x0 ?? 0)).toBeCloseTo(12);
  });

  it("draws month and year precision as spans of that period", () => {
    const month = makeEvent({ date: { value: "2012-05", precision: "month" } });
    const year = makeEvent({ date: { value: "2011", precision: "year" } });
    const { marks } = layoutTimeline([month, year], scale, OPTIONS);
    const byId = new Map(marks.map((m) => [m.event.id, m]));
    expect(byId.get(year.id)?.shape).toBe("span");
    expect(byId.get(year.id)?.x0).toBeCloseTo(scale(new Date(Date.UTC(2011, 0, 1))));
    expect(byId.get(year.id)?.x1).toBeCloseTo(scale(new Date(Date.UTC(2012, 0, 1))));
    expect(byId.get(month.id)?.x1).toBeCloseTo(scale(new Date(Date.UTC(2012, 5, 1))));
  });

  it("stacks events on the same day into separate lanes", () => {
    const events = [makeEvent(), makeEvent(), makeEvent()];
    const { marks, laneCount } = layoutTimeline(events, scale, OPTIONS);
    expect(laneCount).toBe(3);
    expect(new Set(marks.map((m) => m.lane)).size).toBe(3);
  });

  it("stacks a point inside a span it overlaps, but shares a lane with distant events", () => {
    const span = makeEvent({ date: { value: "2012", precision: "year" } });
    const inside = makeEvent({ date: { value: "2012-07-01" } });
    const far = makeEvent({ date: { value: "2010-03-01" } });
    const { marks, laneCount } = layoutTimeline([span, inside, far], scale, OPTIONS);
    const lane = (id: string) => marks.find((m) => m.event.id === id)?.lane;
    expect(lane(span.id)).not.toBe(lane(inside.id));
    expect(lane(far.id)).toBe(0);
    expect(laneCount).toBe(2);
  });

  it("returns marks in time order with one mark per event", () => {
    const late = makeEvent({ date: { value: "2013-01-01" } });
    const early = makeEvent({ date: { value: "2010-06", precision: "month" } });
    const { marks } = layoutTimeline([late, early], scale, OPTIONS);
    expect(marks.map((m) => m.event.id)).toEqual([early.id, late.id]);
  });

  it("widens a multi-day event to cover all its days", () => {
    const long = makeEvent({ date: { value: "2012-01-01", end: "2012-03-31" } });
    const [mark] = layoutTimeline([long], scale, OPTIONS).marks;
    expect(mark?.x1).toBeCloseTo(scale(new Date(Date.UTC(2012, 3, 1))));
  });
});
