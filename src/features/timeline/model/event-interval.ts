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
 * The time an event's date covers: its day, month or year, extended to the end of the last day of
 * a multi-day event. "2012-05" covers all of May 2012, so it is drawn as a span of that month.
 */
export function eventInterval(date: LightDate): TimeInterval {
  const start = parseIsoPrefix(date.value);
  let end = UNIT[date.precision].offset(start, 1);
  if (date.end !== undefined) {
    const lastDayEnd = utcDay.offset(parseIsoPrefix(date.end), 1);
    if (lastDayEnd > end) end = lastDayEnd;
  }
  return { start, end };
}

/** The dataset's window as an interval: both ISO days are inclusive, so the end is the next midnight. */
export function windowInterval(window: { start: string; end: string }): TimeInterval {
  return { start: parseIsoPrefix(window.start), end: utcDay.offset(parseIsoPrefix(window.end), 1) };
}
