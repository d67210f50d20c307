import type { Band } from "./lanes.ts";
import { MARK_STYLE } from "./mark-style.ts";
import type { PreparedEvent, PreparedEvents } from "./prepared-events.ts";
import { candidateSlice } from "./time-slice.ts";

/** An event drawn on its own. */
export interface SceneMark {
  item: PreparedEvent;
  /** The drawn extent, left and right edge, in pixels. */
  x0: number;
  x1: number;
  /** Where the event's time starts and ends, which a range's end caps sit on. */
  xs: number;
  xe: number;
  /** Vertical centre. */
  y: number;
}

/** Events that did not fit their band's rows, counted together over a short stretch of time. */
export interface SceneCluster {
  key: string;
  count: number;
  x0: number;
  x1: number;
  y: number;
  /** The stretch of time the cluster covers (epoch ms, half-open): zooming in to it unfolds it. */
  start: number;
  end: number;
  /** When the events it holds happen: the earliest start and the latest end (epoch ms). */
  first: number;
  last: number;
  bandLabel: string;
}

export interface SceneBand extends Band {
  y0: number;
  y1: number;
}

export interface Scene {
  marks: SceneMark[];
  clusters: SceneCluster[];
  bands: SceneBand[];
  height: number;
  /** Events whose time intersects the view: marks plus everything counted in clusters. */
  visibleCount: number;
}

export interface SceneOptions {
  /** Top of the first band (below the axis). */
  top: number;
  rowHeight: number;
  /** Room for a band's label above its rows. */
  bandHeader: number;
  bandGap: number;
  /** Rows of single marks per band; what does not fit goes into clusters on one more row. */
  maxRows: number;
  /**
   * Fewer rows when more than `above` events are in view (see row-budget.ts): a view of too many
   * events to show each one keeps to the screen, and a view zoomed in to fewer takes `maxRows`.
   */
  dense?: { rows: number; above: number };
  pointRadius: number;
  minSpanWidth: number;
  /** Horizontal space between marks sharing a row. */
  gap: number;
  /** Width of a cluster's time bin, in pixels. */
  clusterWidth: number;
  bottom: number;
}

export const DEFAULT_SCENE_OPTIONS: SceneOptions = {
  top: 40,
  rowHeight: 20,
  bandHeader: 16,
  bandGap: 6,
  maxRows: 6,
  pointRadius: 6,
  minSpanWidth: 6,
  gap: 3,
  clusterWidth: 32,
  bottom: 12,
};

/** Events of a band counted in one bin of a cluster row. */
interface Overflow {
  count: number;
  first: number;
  last: number;
}

/** The visible time and the pixels it maps to; `left`/`right` are the plot area's edges. */
export interface SceneView {
  start: number;
  end: number;
  left: number;
  right: number;
  /** A fixed instant (the window's start): cluster bins are counted from it, so they stay put while panning. */
  origin: number;
}

/**
 * Lays out the visible events: each band stacks marks first-fit into up to `maxRows` rows, so no
 * mark covers another; a mark that finds no free row is counted in its band's cluster for that
 * stretch of time (drawn with the count on the row below). Nothing is hidden: every visible event
 * is either a mark or counted in exactly one cluster. Linear in the number of events that can meet
 * the view (found by binary search) and allocation-light, because it runs on every frame of a zoom.
 */
export function layoutScene(
  prepared: PreparedEvents,
  view: SceneView,
  options: SceneOptions = DEFAULT_SCENE_OPTIONS,
): Scene {
  const { items, bands } = prepared;
  const pxPerMs = (view.right - view.left) / Math.max(1, view.end - view.start);
  const x = (t: number) => view.left + (t - view.start) * pxPerMs;
  const r = options.pointRadius;
  const rangeHalf = r + 4;
  const ringPad = MARK_STYLE.ringGap + MARK_STYLE.ringWidth;

  /**
   * Per band: the right edge of the last mark in each row, rows in use, overflow per bin, and the
   * bin last counted (events come in time order, so the next one of the band usually falls in the
   * same bin: no look-up for it).
   */
  const state = bands.map(() => ({
    rowEnds: new Float64Array(options.maxRows).fill(-Infinity),
    rowsUsed: 0,
    overflow: new Map<number, Overflow>(),
    lastBin: NaN,
    last: undefined as Overflow | undefined,
    top: 0,
    clusterY: 0,
  }));
  const [from, to] = candidateSlice(items, view.start, view.end);
  const maxRows =
    options.dense && countInView(items, from, to, view.start) > options.dense.above
      ? Math.min(options.maxRows, options.dense.rows)
      : options.maxRows;
  const { gap } = options;
  const placed: {
    item: PreparedEvent;
    x0: number;
    x1: number;
    xs: number;
    xe: number;
    row: number;
    /** Position in `items`: the marks keep the items' order (the tab order). */
    at: number;
  }[] = [];
  let visibleCount = 0;

  // Events that cover the whole view are placed last, in the rows the others leave: a reader who
  // zooms into a fortnight came for what happened in it, and the year-long context would
  // otherwise take every row before the first day of the fortnight is reached.
  const covering: number[] = [];
  const firstPass = (i: number) => {
    const item = items[i] as PreparedEvent;
    if (item.end <= view.start) return;
    if (item.start <= view.start && item.end >= view.end) covering.push(i);
    else place(item, i);
  };
  const place = (item: PreparedEvent, at: number) => {
    const band = state[item.band];
    if (!band) return;
    visibleCount += 1;
    const xs = x(Math.max(item.start, view.start));
    const xe = x(Math.min(item.end, view.end));
    let x0: number;
    let x1: number;
    if (item.kind === "span") {
      x0 = xs;
      x1 = Math.max(xe, xs + options.minSpanWidth);
    } else {
      const center = (xs + xe) / 2;
      // A corroborated point or range wears a ring: room for it, so no mark covers another.
      const ring = item.corroborated ? ringPad : 0;
      const half = (item.kind === "range" ? rangeHalf : r) + ring;
      x0 = Math.min(xs - ring, center - half);
      x1 = Math.max(xe + ring, center + half);
    }
    let row = -1;
    for (let r = 0; r < maxRows; r++)
      if ((band.rowEnds[r] as number) + gap <= x0) {
        row = r;
        break;
      }
    if (row >= 0) {
      band.rowEnds[row] = x1;
      band.rowsUsed = Math.max(band.rowsUsed, row + 1);
      placed.push({ item, x0, x1, xs, xe, row, at });
    } else {
      // Counted where it shows: the middle of its visible part.
      const mid = (Math.max(item.start, view.start) + Math.min(item.end, view.end)) / 2;
      const bin = Math.floor(((mid - view.origin) * pxPerMs) / options.clusterWidth);
      const known = bin === band.lastBin ? band.last : band.overflow.get(bin);
      if (known) {
        known.count += 1;
        known.first = Math.min(known.first, item.start);
        known.last = Math.max(known.last, item.end);
        band.last = known;
      } else {
        band.last = { count: 1, first: item.start, last: item.end };
        band.overflow.set(bin, band.last);
      }
      band.lastBin = bin;
    }
  };
  for (let i = from; i < to; i++) firstPass(i);
  const placedFirst = placed.length;
  for (const i of covering) place(items[i] as PreparedEvent, i);
  if (placed.length > placedFirst) mergeInOrder(placed, placedFirst);

  const sceneBands: SceneBand[] = [];
  let y = options.top;
  bands.forEach((band, i) => {
    const s = state[i];
    if (!s) return;
    const rows = Math.max(1, s.rowsUsed) + (s.overflow.size > 0 ? 1 : 0);
    s.top = y + options.bandHeader;
    s.clusterY = s.top + (rows - 0.5) * options.rowHeight;
    const y1 = s.top + rows * options.rowHeight;
    sceneBands.push({ ...band, y0: y, y1 });
    y = y1 + options.bandGap;
  });

  const marks = placed.map(({ item, x0, x1, xs, xe, row }) => ({
    item,
    x0,
    x1,
    xs,
    xe,
    y: (state[item.band]?.top ?? 0) + (row + 0.5) * options.rowHeight,
  }));

  const msPerBin = options.clusterWidth / pxPerMs;
  const clusters: SceneCluster[] = [];
  bands.forEach((band, i) => {
    const s = state[i];
    if (!s) return;
    for (const [bin, { count, first, last }] of s.overflow) {
      const start = view.origin + bin * msPerBin;
      const left = x(start);
      clusters.push({
        key: `${band.key}:${bin}`,
        count,
        x0: left + 1,
        x1: left + options.clusterWidth - 1,
        y: s.clusterY,
        start,
        end: start + msPerBin,
        first,
        last,
        bandLabel: band.label,
      });
    }
  });
  clusters.sort((a, b) => a.y - b.y || a.x0 - b.x0);

  const height = Math.max(y - options.bandGap, options.top + options.rowHeight) + options.bottom;
  return { marks, clusters, bands: sceneBands, height, visibleCount };
}

/**
 * Merges the two runs of `list`, [0, split) and [split, end), each in order of `at`, into one in
 * place: the marks placed last go back among the others in the items' order.
 */
export function mergeInOrder<T extends { at: number }>(list: T[], split: number): void {
  const first = list.slice(0, split);
  const second = list.slice(split);
  let i = 0;
  let j = 0;
  for (let k = 0; k < list.length; k++) {
    const a = first[i];
    const b = second[j];
    if (a && (!b || a.at <= b.at)) {
      list[k] = a;
      i += 1;
    } else if (b) {
      list[k] = b;
      j += 1;
    }
  }
}

/** How many of the candidates [from, to) reach past `start`: the events in view, counted first. */
function countInView(items: readonly PreparedEvent[], from: number, to: number, start: number) {
  let count = 0;
  for (let i = from; i < to; i++) if ((items[i] as PreparedEvent).end > start) count += 1;
  return count;
}
