import type { EventDate, Precision } from "../dataset/index.ts";
import type { GoldEvent } from "./gold.ts";

/** The days a date may mean, first and last inclusive, as UTC milliseconds. */
export interface DayRange {
  first: number;
  last: number;
}

const FORM = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/**
 * Every day a date could mean: "2013" is the whole year, "2013-06" the whole month, a day is
 * itself; `end` stretches it to the last day of a multi-day event. `precision` defaults to what
 * the value's form shows. Null for a value that is not an ISO date prefix.
 */
export function dayRange(value: string, precision?: Precision, end?: string): DayRange | null {
  const m = FORM.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const p = precision ?? (m[3] ? "day" : m[2] ? "month" : "year");
  let range: DayRange;
  if (p === "year") range = { first: Date.UTC(year, 0, 1), last: Date.UTC(year, 11, 31) };
  // Day 0 of the next month is the last day of this one.
  else if (p === "month")
    range = { first: Date.UTC(year, month - 1, 1), last: Date.UTC(year, month, 0) };
  else range = { first: Date.UTC(year, month - 1, day), last: Date.UTC(year, month - 1, day) };
  const stretch = end === undefined ? null : dayRange(end);
  if (stretch) range.last = Math.max(range.last, stretch.last);
  return range;
}

/** Whether two ranges share at least one day. */
export const overlap = (a: DayRange, b: DayRange): boolean =>
  a.first <= b.last && b.first <= a.last;

/** The days of the gold date and of each defensible alternative. */
export function goldRanges(gold: GoldEvent): DayRange[] {
  return [gold.date, ...(gold.alternatives ?? [])].flatMap(
    (value) => dayRange(value, gold.precision, gold.end) ?? [],
  );
}

/**
 * Whether an extracted date says what the gold says, at the gold's precision: a month-precision
 * "2013-06" is not exact for a gold day, however close. A day inside a gold multi-day range counts
 * as exact, since an article may date the event by any of its days.
 */
export function isExactDate(date: EventDate, gold: GoldEvent): boolean {
  if (gold.end !== undefined && gold.precision === "day" && date.precision === "day") {
    const day = date.value.slice(0, 10);
    return day >= gold.date && day <= gold.end;
  }
  return (
    date.precision === gold.precision &&
    date.value.length === gold.date.length &&
    [gold.date, ...(gold.alternatives ?? [])].includes(date.value.slice(0, gold.date.length))
  );
}
