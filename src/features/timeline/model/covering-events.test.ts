import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { windowInterval } from "./event-interval.ts";
import { prepareEvents } from "./prepared-events.ts";
import { DEFAULT_SCENE_OPTIONS as O, layoutScene, mergeInOrder } from "./scene-layout.ts";

// A fortnight of 2012 in view, one band: eight year-long events and three days of the fortnight.
const fortnight = windowInterval({ start: "2012-05-01", end: "2012-05-14" });
const view = {
  start: fortnight.start.getTime(),
  end: fortnight.end.getTime(),
  left: 0,
  right: 700,
  origin: fortnight.start.getTime(),
};
const years = Array.from({ length: 8 }, (_, i) =>
  makeEvent({ title: `Year ${i}`, date: { value: "2012", precision: "year" } }),
);
const days = ["2012-05-03", "2012-05-07", "2012-05-10"].map((value) =>
  makeEvent({ title: `Day ${value}`, date: { value } }),
);

describe("events that cover the whole view", () => {
  it("take the rows the events of the view leave, not all of them", () => {
    const scene = layoutScene(prepareEvents([...years, ...days], "none"), view, O);
    const marked = new Set(scene.marks.map((m) => m.item.event.title));
    for (const d of days) expect(marked.has(d.title)).toBe(true);
    // Six rows: the days share the first, five year-long events the rest, three are counted.
    expect(scene.marks.filter((m) => m.item.event.title.startsWith("Year"))).toHaveLength(5);
    expect(scene.clusters.reduce((n, c) => n + c.count, 0)).toBe(3);
    expect(scene.visibleCount).toBe(11);
    // The clusters are counted inside the view, where those events show.
    for (const c of scene.clusters) {
      expect(c.x0).toBeGreaterThanOrEqual(view.left);
      expect(c.x1).toBeLessThanOrEqual(view.right + O.clusterWidth);
    }
  });

  it("keep the items' order among the marks (the tab order)", () => {
    const scene = layoutScene(prepareEvents([...years, ...days], "none"), view, O);
    const order = prepareEvents([...years, ...days], "none").items.map((i) => i.event.id);
    const ids = scene.marks.map((m) => m.item.event.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
  });

  it("a span that starts inside the view is placed in time order, as before", () => {
    const month = makeEvent({ title: "May", date: { value: "2012-05-02", end: "2012-06-30" } });
    const scene = layoutScene(prepareEvents([month, ...days], "none"), view, O);
    expect(scene.marks.map((m) => m.item.event.title)).toEqual([
      "May",
      "Day 2012-05-03",
      "Day 2012-05-07",
      "Day 2012-05-10",
    ]);
    expect(scene.clusters).toEqual([]);
  });
});

describe("mergeInOrder", () => {
  it.each([
    {
      runs: [
        [1, 4, 6],
        [2, 3, 7],
      ],
      merged: [1, 2, 3, 4, 6, 7],
    },
    { runs: [[], [2, 3]], merged: [2, 3] },
    { runs: [[5, 8], []], merged: [5, 8] },
  ])("$runs → $merged", ({ runs, merged }) => {
    const [a = [], b = []] = runs;
    const list = [...a, ...b].map((at) => ({ at }));
    mergeInOrder(list, a.length);
    expect(list.map((x) => x.at)).toEqual(merged);
  });
});
