import type { EventDraft } from "../types.ts";
import { interval } from "../util/dates.ts";

/**
 * A draft's dates as the merge compares them, worked out once per draft: the merge weighs each
 * draft against every candidate near it, and parsing the same ISO strings for each pair was a
 * fifth of its time. Drafts do not change while they merge, so the answer never goes stale.
 */
export interface DraftDates {
  /** First and last ISO day its date covers (its precision's whole month or year; `end` too). */
  first: string;
  last: string;
  /** The same as days since 1970-01-01. */
  firstDay: number;
  lastDay: number;
  /** The day its article was published, when it tells of that day's past or future. */
  toldByDay?: number;
}

/** A day's milliseconds. */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date ("2012", "2012-05" and "2012-05-07" alike, as fromIso). */
export function epochDay(iso: string): number {
  const [y = "1970", m = "1", d = "1"] = iso.split("-");
  return Math.round(Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS);
}

const known = new WeakMap<EventDraft, DraftDates>();

export function datesOf(d: EventDraft): DraftDates {
  let dates = known.get(d);
  if (!dates) {
    const [first, last] = interval(d.date.value, d.date.precision, d.date.end);
    dates = { first, last, firstDay: epochDay(first), lastDay: epochDay(last) };
    if (d.toldBy !== undefined) dates.toldByDay = epochDay(d.toldBy);
    known.set(d, dates);
  }
  return dates;
}
