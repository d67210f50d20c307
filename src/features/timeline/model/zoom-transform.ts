import type { TimeInterval } from "./event-interval.ts";

/** The part of a d3-zoom transform the timeline uses: horizontal scale `k` and offset `x`. */
export interface ZoomState {
  k: number;
  x: number;
}

/** The pixel range the window is laid out on at k = 1 (the plot area between the insets). */
export interface PlotRange {
  left: number;
  right: number;
}

function ratio(window: TimeInterval, plot: PlotRange) {
  return (plot.right - plot.left) / (window.end.getTime() - window.start.getTime());
}

/**
 * The transform that shows `domain` when the whole `window` spans the plot at k = 1. d3-zoom
 * keeps this as its state, so a programmatic change (a button, the brush, the URL) must be turned
 * into one before the next gesture, or the gesture would jump back to where d3-zoom last was.
 */
export function transformForDomain(
  domain: TimeInterval,
  window: TimeInterval,
  plot: PlotRange,
): ZoomState {
  const k =
    (window.end.getTime() - window.start.getTime()) /
    (domain.end.getTime() - domain.start.getTime());
  const base = plot.left + (domain.start.getTime() - window.start.getTime()) * ratio(window, plot);
  return { k, x: plot.left - k * base };
}

/** The visible domain of a d3-zoom transform: the inverse of `transformForDomain`. */
export function domainForTransform(
  transform: ZoomState,
  window: TimeInterval,
  plot: PlotRange,
): TimeInterval {
  const r = ratio(window, plot);
  const timeAt = (px: number) =>
    window.start.getTime() + ((px - transform.x) / transform.k - plot.left) / r;
  return { start: new Date(timeAt(plot.left)), end: new Date(timeAt(plot.right)) };
}
