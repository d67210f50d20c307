import { frameStats, quantile, type FrameStats } from "./frames.ts";
import type { GestureRun } from "./gestures.ts";
import type { HeapReading } from "./heap.ts";

/** One measured run of one timeline on one dataset. */
export interface RunResult {
  /** Milliseconds from navigation start to the first drawn timeline; null when it never drew. */
  firstDraw: number | null;
  gestures: GestureRun | null;
  /** JavaScript heap in use after drawing, after a garbage collection: page and workers. */
  heap: HeapReading | null;
  /** This app only: each label layout's duration while zooming, in ms. */
  labelLayouts?: number[];
  /** This app only: from a press on a mark to its details shown and focused, in ms. */
  clicks?: number[];
}

/** The runs of one timeline on one dataset, summed up: medians over runs, frames pooled. */
export interface Summary {
  drawn: number;
  runs: number;
  firstDraw: number;
  zoom: FrameStats;
  pan: FrameStats;
  wheelMs: number;
  /** Medians of the page's heap, its workers' and their sum, in bytes. */
  heap: { main: number; workers: number; total: number };
  labelLayout: FrameStats;
  click: FrameStats;
}

export function summarize(runs: readonly RunResult[]): Summary {
  const drawn = runs.filter((r) => r.firstDraw !== null);
  const gestures = drawn.flatMap((r) => (r.gestures ? [r.gestures] : []));
  return {
    drawn: drawn.length,
    runs: runs.length,
    firstDraw: quantile(
      drawn.map((r) => r.firstDraw ?? NaN),
      0.5,
    ),
    zoom: frameStats(gestures.flatMap((g) => g.zoom)),
    pan: frameStats(gestures.flatMap((g) => g.pan)),
    wheelMs: quantile(
      gestures.map((g) => g.wheelMs),
      0.5,
    ),
    heap: heapMedians(drawn.flatMap((r) => (r.heap === null ? [] : [r.heap]))),
    labelLayout: frameStats(drawn.flatMap((r) => r.labelLayouts ?? [])),
    click: frameStats(drawn.flatMap((r) => r.clicks ?? [])),
  };
}

function heapMedians(heaps: readonly HeapReading[]): Summary["heap"] {
  const median = (of: (h: HeapReading) => number) => quantile(heaps.map(of), 0.5);
  return {
    main: median((h) => h.main),
    workers: median((h) => h.workers),
    total: median((h) => h.main + h.workers),
  };
}
