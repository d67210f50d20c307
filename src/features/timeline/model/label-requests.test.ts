import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { windowInterval } from "./event-interval.ts";
import { layoutLabels } from "./label-layout.ts";
import { clusterText, labelRequests } from "./label-requests.ts";
import { fixedWidthMeasure } from "./label-text.ts";
import { prepareEvents } from "./prepared-events.ts";
import { DEFAULT_SCENE_OPTIONS, layoutScene } from "./scene-layout.ts";

const WINDOW = windowInterval({ start: "2010-01-01", end: "2013-12-31" });
const view = (from: string, to: string) => ({
  start: Date.parse(`${from}T00:00:00Z`),
  end: Date.parse(`${to}T00:00:00Z`),
  left: 16,
  right: 1016,
  origin: WINDOW.start.getTime(),
});
const source = (articleId: string) => ({
  articleId,
  evidence: [{ text: "A sentence.", start: 0, end: 11 }],
});
const sources = (n: number) => Array.from({ length: n }, (_, i) => source(`art-${i}`));
const keysOf = (events: TimelineEvent[], selectedId?: string, from = "2013-01-01") => {
  const scene = layoutScene(prepareEvents(events, "none"), view(from, "2014-01-01"));
  return labelRequests(scene, { selectedId, rowHeight: DEFAULT_SCENE_OPTIONS.rowHeight }).map(
    (r) => r.key,
  );
};

describe("labelRequests", () => {
  const early = makeEvent({ id: "evt-early", date: { value: "2013-02-01" } });
  const late = makeEvent({ id: "evt-late", date: { value: "2013-09-01" } });
  const corroborated = makeEvent({
    id: "evt-three",
    date: { value: "2013-11-01" },
    sources: sources(3),
  });
  const two = makeEvent({ id: "evt-two", date: { value: "2013-12-01" }, sources: sources(2) });

  it("orders by selection, then the number of sources, then date", () => {
    expect(keysOf([late, early, two, corroborated])).toEqual([
      "evt-three",
      "evt-two",
      "evt-early",
      "evt-late",
    ]);
    expect(keysOf([late, early, two, corroborated], "evt-late")).toEqual([
      "evt-late",
      "evt-three",
      "evt-two",
      "evt-early",
    ]);
  });

  it("starts a span's label inside it and a point's beside it", () => {
    const month = makeEvent({ id: "evt-month", date: { value: "2013-03", precision: "month" } });
    const scene = layoutScene(
      prepareEvents([month, early], "none"),
      view("2013-01-01", "2014-01-01"),
    );
    const requests = labelRequests(scene, { selectedId: undefined, rowHeight: 20 });
    expect(requests.find((r) => r.key === "evt-month")?.inside).toBe(true);
    expect(requests.find((r) => r.key === "evt-early")?.inside).toBe(false);
  });

  it("gives the selected event its label when two compete for one stretch", () => {
    // Two points near either end of a narrow plot: the only room for a label is between them,
    // right of the first or left of the second, and it holds one.
    const a = makeEvent({ id: "evt-a", title: "A".repeat(40), date: { value: "2013-06-03" } });
    const b = makeEvent({ id: "evt-b", title: "B".repeat(40), date: { value: "2013-06-12" } });
    const scene = layoutScene(prepareEvents([a, b], "none"), {
      ...view("2013-06-01", "2013-06-15"),
      right: 216,
    });
    const labelsFor = (selectedId?: string) =>
      layoutLabels(labelRequests(scene, { selectedId, rowHeight: 20 }), {
        left: 16,
        right: 216,
        height: 14,
        gap: 4,
        inset: 4,
        minWidth: 60,
        maxWidth: 320,
        measure: fixedWidthMeasure(6),
      }).map((l) => l.key);
    expect(labelsFor("evt-a")).toEqual(["evt-a"]);
    expect(labelsFor("evt-b")).toEqual(["evt-b"]);
  });

  it("says what a cluster holds: how many, and when", () => {
    const pile = Array.from({ length: 30 }, () =>
      makeEvent({ date: { value: "2013-06-07" }, sources: sources(1) }),
    );
    const scene = layoutScene(prepareEvents(pile, "none"), view("2013-01-01", "2014-01-01"));
    const [cluster] = scene.clusters;
    expect(cluster?.count).toBe(30 - DEFAULT_SCENE_OPTIONS.maxRows);
    if (cluster) expect(clusterText(cluster)).toBe(`+${cluster.count} · 7 Jun 2013`);
    const requests = labelRequests(scene, { selectedId: undefined, rowHeight: 20 });
    expect(requests.at(-1)).toMatchObject({ key: cluster?.key, inside: true, whole: true });
  });
});
