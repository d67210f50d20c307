import { describe, expect, it } from "vitest";
import { rowsWithin } from "./row-budget.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { windowInterval } from "./event-interval.ts";
import { prepareEvents } from "./prepared-events.ts";
import { DEFAULT_SCENE_OPTIONS as O, layoutScene } from "./scene-layout.ts";

describe("rowsWithin", () => {
  // With the default options a band costs 16 + 6 px of header and gap, 20 px per row, and the
  // plot 40 + 12 px above and below.
  it.each([
    { height: undefined, bands: 10, rows: O.maxRows },
    { height: 2000, bands: 1, rows: O.maxRows },
    // 3 bands in 600 px: (600 − 52 − 66 + 6) / 60 = 8 rows each, capped at the default 6.
    { height: 600, bands: 3, rows: 6 },
    // 5 bands in 600 px: (600 − 52 − 110 + 6) / 100 = 4 rows, one of them for clusters.
    { height: 600, bands: 5, rows: 3 },
    // 10 bands in 600 px leave no room at all: still one row each.
    { height: 600, bands: 10, rows: 1 },
    { height: 0, bands: 2, rows: 1 },
    { height: 600, bands: 0, rows: O.maxRows },
  ])("$bands bands in $height px → $rows rows", ({ height, bands, rows }) => {
    expect(rowsWithin(height, bands, O)).toBe(rows);
  });

  it("a scene laid out with the rows it gives fits the height; with the default rows it does not", () => {
    // Four topics, 100 events each on 100 days of one year: more than six rows' worth per band.
    const topics = ["cyber", "military-to-military", "diplomacy", "defense-policy"] as const;
    const events = topics.flatMap((topic) =>
      Array.from({ length: 100 }, (_, i) =>
        makeEvent({
          topics: [topic],
          date: { value: `2012-${String(1 + (i % 12)).padStart(2, "0")}-0${1 + (i % 9)}` },
        }),
      ),
    );
    const prepared = prepareEvents(events, "topic", (e) => e.topics[0]);
    const window = windowInterval({ start: "2012-01-01", end: "2012-12-31" });
    const view = {
      start: window.start.getTime(),
      end: window.end.getTime(),
      left: 0,
      right: 600,
      origin: window.start.getTime(),
    };
    const rows = rowsWithin(400, prepared.bands.length, O);
    expect(prepared.bands.length).toBe(4);
    expect(rows).toBeLessThan(O.maxRows);
    expect(layoutScene(prepared, view, { ...O, maxRows: rows }).height).toBeLessThanOrEqual(400);
    expect(layoutScene(prepared, view, O).height).toBeGreaterThan(400);
    // As a dense view's rows: taken above the count of events in view, not at or below it.
    const dense = (above: number) => ({ ...O, dense: { rows, above } });
    expect(layoutScene(prepared, view, dense(399)).height).toBeLessThanOrEqual(400);
    expect(layoutScene(prepared, view, dense(400)).height).toBeGreaterThan(400);
  });
});
