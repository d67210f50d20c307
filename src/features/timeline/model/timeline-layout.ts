import type { TimelineEvent } from "../../../dataset/index.ts";
import { eventInterval } from "./event-interval.ts";
import { packLanes } from "./lane-packing.ts";
import type { TimeScale } from "./time-scale.ts";

/**
 * How a mark is drawn: a `point` for an event known to the day (a capsule when it lasts several
 * days and is wide enough to show it); a `span` for an event known only to the month or year,
 * covering the whole period it could have happened in.
 */
export type MarkShape = "point" | "span";

export interface MarkLayout {
  event: TimelineEvent;
  shape: MarkShape;
  /** The drawn extent in pixels, left and right edge. */
  x0: number;
  x1: number;
  lane: number;
}

export interface TimelineLayout {
  marks: MarkLayout[];
  laneCount: number;
}

export interface LayoutOptions {
  /** Radius of a point mark; its drawn extent is at least the diameter. */
  pointRadius: number;
  /** Narrowest a span is drawn, so a month stays visible on a narrow screen. */
  minSpanWidth: number;
  /** Horizontal space kept between marks that share a lane. */
  gap: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { pointRadius: 6, minSpanWidth: 6, gap: 3 };

/**
 * Places every event on the timeline: its horizontal extent from the scale and a lane such that
 * no mark covers another. Marks come back sorted by time (then title), which is also the order a
 * keyboard user tabs through them.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): TimelineLayout {
  const placed = events.map((event) => {
    const interval = eventInterval(event.date);
    const start = scale(interval.start);
    const end = scale(interval.end);
    if (event.date.precision === "day") {
      const center = (start + end) / 2;
      const x0 = Math.min(start, center - options.pointRadius);
      const x1 = Math.max(end, center + options.pointRadius);
      return { event, shape: "point" as const, x0, x1, time: interval.start.getTime() };
    }
    const x1 = Math.max(end, start + options.minSpanWidth);
    return { event, shape: "span" as const, x0: start, x1, time: interval.start.getTime() };
  });
  placed.sort(
    (a, b) =>
      a.time - b.time ||
      a.x0 - b.x0 ||
      a.event.title.localeCompare(b.event.title) ||
      a.event.id.localeCompare(b.event.id),
  );
  const { lanes, laneCount } = packLanes(placed, options.gap);
  const marks = placed.map(({ event, shape, x0, x1 }, i) => ({
    event,
    shape,
    x0,
    x1,
    lane: lanes[i] ?? 0,
  }));
  return { marks, laneCount };
}
