import { utcDay, utcMonth, utcYear } from "d3-time";
import type { LightDate } from "../../../dataset/index.ts";
import { parseIsoPrefix } from "../../../lib/iso-date.ts";

/** A stretch of time, half-open: `start` is included, `end` is not. */
export interface TimeInterval {
  start: Date;
  end: Date;
}

const UNIT = { day: utcDay, month: utcMonth, year: utcYear } as const;

/**
 * Worked out once per date object: the index gives every event of one day the same date, so
 * 100,000 events parse a few thousand dates. Frozen, since callers share it.
 */
const intervals = new WeakMap<LightDate, Readonly<TimeInterval>>();

/**
 * The time an event's date covers: its day, month or year, extended to the end of the last day of
 * a multi-day event. "2012-05" covers all of May 2012, so it is drawn as a span of that month.
 */
export function eventInterval(date: LightDate): Readonly<TimeInterval> {
  let interval = intervals.get(date);
  if (interval) return interval;
  const start = parseIsoPrefix(date.value);
  let end = UNIT[date.precision].offset(start, 1);
  if (date.end !== undefined) {
    const lastDayEnd = utcDay.offset(parseIsoPrefix(date.end), 1);
    if (lastDayEnd > end) end = lastDayEnd;
  }
  interval = Object.freeze({ start, end });
  intervals.set(date, interval);
  return interval;
}

/** The dataset's window as an interval: both ISO days are inclusive, so the end is the next midnight. */
export function windowInterval(window: { start: string; end: string }): TimeInterval {
  return { start: parseIsoPrefix(window.start), end: utcDay.offset(parseIsoPrefix(window.end), 1) };
}
