import { WEEKDAYS as CALENDAR_WEEKDAYS } from "../../lexicon/calendar.ts";
import { fromIso, isoDay, noonUtc } from "../../util/dates.ts";

/** Days of a month and day without a year, given one by a bound or a weekday. */

/** A weekday's name or abbreviation as `Date.getUTCDay` counts it (Sunday 0). */
export function weekdayNumber(name: string): number {
  // calendar.json lists the days from Monday.
  const index = CALENDAR_WEEKDAYS.findIndex((d) =>
    d.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()),
  );
  return index < 0 ? -1 : (index + 1) % 7;
}

/** The date with this month and day nearest to `near` (same, previous or next year). */
export function closestWithYear(near: string, month: number, day: number): string {
  const y = Number(near.slice(0, 4));
  const target = fromIso(near).getTime();
  const options = [y - 1, y, y + 1].map((year) => noonUtc(year, month, day));
  options.sort((a, b) => Math.abs(a.getTime() - target) - Math.abs(b.getTime() - target));
  return isoDay(options[0] as Date);
}

/** The first day of `month` and `day` on or after `bound` (an ISO day). */
export function firstOnOrAfter(bound: string, month: number, day: number): string {
  const y = Number(bound.slice(0, 4));
  const same = isoDay(noonUtc(y, month, day));
  return same >= bound ? same : isoDay(noonUtc(y + 1, month, day));
}

/** The last day of `month` and `day` on or before `bound` (an ISO day). */
export function lastOnOrBefore(bound: string, month: number, day: number): string {
  const y = Number(bound.slice(0, 4));
  const same = isoDay(noonUtc(y, month, day));
  return same <= bound ? same : isoDay(noonUtc(y - 1, month, day));
}
