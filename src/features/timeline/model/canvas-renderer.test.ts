import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { renderScene, type Canvas2D } from "./canvas-renderer.ts";
import { windowInterval } from "./event-interval.ts";
import { layoutLabels } from "./label-layout.ts";
import { labelRequests } from "./label-requests.ts";
import { fixedWidthMeasure } from "./label-text.ts";
import { prepareEvents } from "./prepared-events.ts";
import { layoutScene } from "./scene-layout.ts";

/** A 2D context that records calls and the style in force at each fill or stroke. */
function recorder() {
  const calls: {
    name: string;
    args: unknown[];
    fillStyle: unknown;
    alpha: number;
    dash: unknown;
  }[] = [];
  const state = {
    fillStyle: "#000" as unknown,
    strokeStyle: "#000" as unknown,
    lineWidth: 1,
    globalAlpha: 1,
    font: "",
    textAlign: "start",
    textBaseline: "alphabetic",
    dash: [] as number[],
  };
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop as keyof typeof target];
      return (...args: unknown[]) => {
        if (prop === "setLineDash") target.dash = args[0] as number[];
        calls.push({
          name: prop,
          args,
          fillStyle: target.fillStyle,
          alpha: target.globalAlpha,
          dash: target.dash,
        });
      };
    },
    set(target, prop: string, value) {
      (target as Record<string, unknown>)[prop] = value;
      return true;
    },
  }) as unknown as Canvas2D;
  return { ctx, calls };
}

const WINDOW = windowInterval({ start: "2010-01-01", end: "2013-12-31" });
const VIEW = {
  start: WINDOW.start.getTime(),
  end: WINDOW.end.getTime(),
  left: 16,
  right: 1016,
  origin: WINDOW.start.getTime(),
};
const OPTIONS = { width: 1032, height: 300, pixelRatio: 2, left: 16, right: 1016 };

describe("renderScene", () => {
  it("scales for the device, clears, and clips to the plot", () => {
    const { ctx, calls } = recorder();
    renderScene(ctx, layoutScene(prepareEvents([], "none"), VIEW), {
      ...OPTIONS,
      colorOf: () => "#f00",
    });
    expect(calls.slice(0, 2).map((c) => c.name)).toEqual(["setTransform", "clearRect"]);
    expect(calls[0]?.args).toEqual([2, 0, 0, 2, 0, 0]);
    expect(calls.map((c) => c.name)).toContain("clip");
  });

  it("fills a point, draws a range with two caps, a span pale, a planned point hollow", () => {
    const point = makeEvent({ date: { value: "2012-05-07" } });
    const planned = makeEvent({ date: { value: "2010-05-07" }, status: "planned" });
    const range = makeEvent({ date: { value: "2011-05-07", end: "2011-05-20" } });
    const span = makeEvent({ date: { value: "2013", precision: "year" } });
    const scene = layoutScene(prepareEvents([point, planned, range, span], "none"), VIEW);
    const { ctx, calls } = recorder();
    renderScene(ctx, scene, { ...OPTIONS, colorOf: () => "#123456" });
    const arcs = calls.filter((c) => c.name === "arc");
    expect(arcs).toHaveLength(4); // point, planned point, two range caps
    const fills = calls.filter((c) => c.name === "fill").map((c) => c.fillStyle);
    expect(fills).toContain("#ffffff"); // the planned point is hollow
    const spanFill = calls.find((c) => c.name === "fillRect" && c.alpha < 1);
    expect(spanFill?.alpha).toBe(0.25);
    // Spans are drawn first, under everything else.
    const firstSpan = calls.findIndex((c) => c.name === "strokeRect");
    expect(firstSpan).toBeLessThan(calls.findIndex((c) => c.name === "arc"));
  });

  it("draws each cluster with its count, and a halo round the selected mark", () => {
    const events = Array.from({ length: 9 }, () => makeEvent());
    const scene = layoutScene(prepareEvents(events, "none"), VIEW);
    const { ctx, calls } = recorder();
    renderScene(ctx, scene, { ...OPTIONS, colorOf: () => "#123456", selectedId: events[0]?.id });
    const texts = calls.filter((c) => c.name === "fillText").map((c) => c.args[0]);
    expect(texts).toEqual([`+${scene.clusters[0]?.count}`]);
    const roundRects = calls.filter((c) => c.name === "roundRect");
    expect(roundRects).toHaveLength(scene.clusters.length + 1);
  });

  it("draws the labels the layout placed, and widens a labelled cluster's badge", () => {
    const named = makeEvent({ title: "Panetta hosts Liang", date: { value: "2012-05-07" } });
    const pile = Array.from({ length: 9 }, () => makeEvent({ date: { value: "2010-06-01" } }));
    const scene = layoutScene(prepareEvents([named, ...pile], "none"), VIEW);
    const placed = layoutLabels(labelRequests(scene, { selectedId: undefined, rowHeight: 20 }), {
      left: 16,
      right: 1016,
      height: 14,
      gap: 4,
      inset: 4,
      minWidth: 40,
      maxWidth: 320,
      measure: fixedWidthMeasure(6),
    });
    const labels = new Map(placed.map((l) => [l.key, l]));
    const { ctx, calls } = recorder();
    renderScene(ctx, scene, { ...OPTIONS, colorOf: () => "#123456", labels, labelColor: "#222" });
    const texts = calls.filter((c) => c.name === "fillText");
    expect(texts.map((c) => c.args[0])).toContain("Panetta hosts Liang");
    const drawn = texts.find((c) => c.args[0] === "Panetta hosts Liang");
    expect(drawn?.fillStyle).toBe("#222");
    expect(drawn?.args[1]).toBe(labels.get(named.id)?.x);
    const cluster = scene.clusters[0];
    const clusterLabel = cluster && labels.get(cluster.key);
    expect(clusterLabel?.text).toBe(`+${cluster?.count} · 1 Jun 2010`);
    const badge = calls.find((c) => c.name === "roundRect");
    expect(badge?.args[2]).toBeGreaterThan((cluster?.x1 ?? 0) - (cluster?.x0 ?? 0));
    expect(texts.map((c) => c.args[0])).toContain(clusterLabel?.text);
  });

  it("rings and numbers a point several outlets report, and fades a low-confidence one", () => {
    const strong = makeEvent({ date: { value: "2012-05-07" } });
    const weak = makeEvent({ date: { value: "2011-05-07" } });
    const readings = new Map([
      [strong.id, { articles: 3, outlets: 2, lowConfidence: false }],
      [weak.id, { articles: 1, outlets: 1, lowConfidence: true }],
    ]);
    const prepared = prepareEvents(
      [strong, weak],
      "none",
      undefined,
      (e) => readings.get(e.id) ?? { articles: 1, outlets: 1, lowConfidence: false },
    );
    const { ctx, calls } = recorder();
    renderScene(ctx, layoutScene(prepared, VIEW), { ...OPTIONS, colorOf: () => "#123456" });
    // One dot each, and one ring for the corroborated one.
    expect(calls.filter((c) => c.name === "arc")).toHaveLength(3);
    expect(calls.filter((c) => c.name === "fillText").map((c) => c.args[0])).toEqual(["2"]);
    const fills = calls.filter((c) => c.name === "fill").map((c) => c.alpha);
    expect(fills).toEqual([0.45, 1]);
  });
});
