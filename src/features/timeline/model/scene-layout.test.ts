import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { windowInterval } from "./event-interval.ts";
import { bandKeyOf } from "./lanes.ts";
import { prepareEvents } from "./prepared-events.ts";
import { DEFAULT_SCENE_OPTIONS, layoutScene, type Scene } from "./scene-layout.ts";

const WINDOW = windowInterval({ start: "2010-01-01", end: "2013-12-31" });
const VIEW = {
  start: WINDOW.start.getTime(),
  end: WINDOW.end.getTime(),
  left: 16,
  right: 1016,
  origin: WINDOW.start.getTime(),
};
const total = (scene: Scene) =>
  scene.marks.length + scene.clusters.reduce((sum, c) => sum + c.count, 0);

describe("lanes", () => {
  it("puts an event in its first topic, in taxonomy order, or the topic it is given", () => {
    const event = makeEvent({ topics: ["diplomacy", "cyber"] });
    expect(bandKeyOf(event, "topic")).toBe("cyber");
    expect(bandKeyOf(event, "topic", () => "diplomacy")).toBe("diplomacy");
    expect(bandKeyOf(makeEvent({ topics: [] }), "topic")).toBe("no-topic");
  });
  it("groups by the countries taking part", () => {
    const actor = (country?: string) => ({ name: "x", ...(country ? { country } : {}) });
    expect(bandKeyOf(makeEvent({ actors: [actor("USA"), actor("CHN")] }), "country")).toBe(
      "USA+CHN",
    );
    expect(bandKeyOf(makeEvent({ actors: [actor("CHN")] }), "country")).toBe("CHN");
    expect(bandKeyOf(makeEvent({ actors: [actor("JPN")] }), "country")).toBe("other");
    expect(bandKeyOf(makeEvent({ actors: [actor()] }), "country")).toBe("unknown");
    expect(bandKeyOf(makeEvent(), "none")).toBe("all");
  });
  it("keeps only bands with events, in display order", () => {
    const events = [makeEvent({ topics: ["economy-trade"] }), makeEvent({ topics: ["cyber"] })];
    expect(prepareEvents(events, "topic").bands.map((b) => b.key)).toEqual([
      "cyber",
      "economy-trade",
    ]);
  });
});

describe("layoutScene", () => {
  it("draws points, ranges and spans with their honest extents", () => {
    const point = makeEvent({ date: { value: "2012-05-07" } });
    const range = makeEvent({ date: { value: "2012-05-07", end: "2012-05-30" } });
    const year = makeEvent({ date: { value: "2011", precision: "year" } });
    const scene = layoutScene(prepareEvents([point, range, year], "none"), VIEW);
    const byId = new Map(scene.marks.map((m) => [m.item.event.id, m]));
    expect(byId.get(point.id)?.item.kind).toBe("point");
    expect(byId.get(range.id)?.item.kind).toBe("range");
    expect(byId.get(year.id)?.item.kind).toBe("span");
    const yearMark = byId.get(year.id);
    expect((yearMark?.x1 ?? 0) - (yearMark?.x0 ?? 0)).toBeCloseTo(1000 * (365 / 1461), 0);
    const pointMark = byId.get(point.id);
    expect((pointMark?.x1 ?? 0) - (pointMark?.x0 ?? 0)).toBeCloseTo(12);
  });

  it("stacks overlapping marks in rows that never overlap", () => {
    const events = Array.from({ length: 4 }, () => makeEvent());
    const scene = layoutScene(prepareEvents(events, "none"), VIEW);
    expect(scene.marks).toHaveLength(4);
    expect(new Set(scene.marks.map((m) => m.y)).size).toBe(4);
    expect(scene.clusters).toEqual([]);
  });

  it("counts what does not fit in a cluster, so nothing is hidden", () => {
    const events = Array.from({ length: 20 }, () => makeEvent());
    const scene = layoutScene(prepareEvents(events, "none"), VIEW);
    expect(scene.marks).toHaveLength(DEFAULT_SCENE_OPTIONS.maxRows);
    expect(scene.clusters).toHaveLength(1);
    expect(scene.clusters[0]?.count).toBe(20 - DEFAULT_SCENE_OPTIONS.maxRows);
    expect(total(scene)).toBe(scene.visibleCount);
    expect(scene.clusters[0]?.y).toBeGreaterThan(Math.max(...scene.marks.map((m) => m.y)));
  });

  it("accounts for every visible event at scale, and leaves out those outside the view", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const events = Array.from({ length: 3000 }, () => {
      const day = new Date(WINDOW.start.getTime() + Math.floor(random() * 1461) * 864e5);
      return makeEvent({ date: { value: day.toISOString().slice(0, 10) } });
    });
    const half = { ...VIEW, end: VIEW.start + (VIEW.end - VIEW.start) / 2 };
    const scene = layoutScene(prepareEvents(events, "none"), half);
    expect(scene.visibleCount).toBeLessThan(3000);
    expect(scene.visibleCount).toBeGreaterThan(1000);
    expect(total(scene)).toBe(scene.visibleCount);
    const rows = new Map<number, { x0: number; x1: number }[]>();
    for (const m of scene.marks) rows.set(m.y, [...(rows.get(m.y) ?? []), m]);
    for (const row of rows.values())
      row.forEach((a, i) =>
        row.slice(i + 1).forEach((b) => expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true)),
      );
  });

  it("gives each band its own rows, below each other", () => {
    const events = [makeEvent({ topics: ["cyber"] }), makeEvent({ topics: ["diplomacy"] })];
    const scene = layoutScene(prepareEvents(events, "topic"), VIEW);
    expect(scene.bands.map((b) => b.key)).toEqual(["cyber", "diplomacy"]);
    const [a, b] = scene.bands;
    expect(b?.y0).toBeGreaterThan(a?.y1 ?? Infinity);
  });
});

describe("corroborated marks", () => {
  it("take room for their ring, so no mark covers another", () => {
    const plain = makeEvent({ date: { value: "2012-05-07" } });
    const ringed = makeEvent({ date: { value: "2012-05-07" } });
    const prepared = prepareEvents([plain, ringed], "none", undefined, (e) => ({
      articles: 2,
      outlets: e.id === ringed.id ? 2 : 1,
      lowConfidence: false,
    }));
    const scene = layoutScene(prepared, VIEW);
    const width = (id: string) => {
      const m = scene.marks.find((x) => x.item.event.id === id);
      return (m?.x1 ?? 0) - (m?.x0 ?? 0);
    };
    expect(width(ringed.id)).toBeGreaterThan(width(plain.id));
    expect(scene.marks.find((m) => m.item.event.id === ringed.id)?.item.corroborated).toBe(true);
  });
});
