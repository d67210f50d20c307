import type { Precision } from "../../dataset/index.ts";

/** How fine a precision is: a day is finer than a month, a month than a year. */
export const FINENESS: Readonly<Record<Precision, number>> = { year: 0, month: 1, day: 2 };

/** ISO day "YYYY-MM-DD" of a Date read in UTC (tests and runs pin TZ; we never use local time). */
export function isoDay(d: Date): string {
  const year = d.getUTCFullYear();
  // toISOString writes a year outside 1000–9999 with padding or a sign (and throws on an invalid
  // date, whose year is NaN): left to it. Inside, its first ten characters are exactly these,
  // built without formatting the time of day only to cut it off (three times faster).
  if (!(year >= 1000 && year <= 9999)) return d.toISOString().slice(0, 10);
  return `${year}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`;
}

/** 1–31 as two digits: "07", "12". */
function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Noon UTC of a day: far from midnight, so no time zone shift can move it to another day. */
export function noonUtc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/**
 * Noon UTC of a month's day in the first of `years` in which that day exists and falls on
 * `weekday` (0 for Sunday): the year a weekday named with a day and no year points to.
 */
export function firstYearOnWeekday(
  years: readonly number[],
  month: number,
  day: number,
  weekday: number,
): Date | undefined {
  return years
    .map((year) => noonUtc(year, month, day))
    .find((d) => d.getUTCMonth() + 1 === month && d.getUTCDay() === weekday);
}

/** Parses an ISO prefix into noon UTC of its first day. */
export function fromIso(value: string): Date {
  const [y = "1970", m = "1", d = "1"] = value.split("-");
  return noonUtc(Number(y), Number(m), Number(d));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The Monday of the week (Monday to Sunday) that holds `d`. */
export function mondayOf(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** The ISO prefix of `d` at a precision: "2012", "2012-05", "2012-05-07". */
export function prefixAt(d: Date, precision: Precision): string {
  const day = isoDay(d);
  return precision === "year" ? day.slice(0, 4) : precision === "month" ? day.slice(0, 7) : day;
}

/** First and last day (ISO) covered by a value at its precision, widened to `end` when given. */
export function interval(value: string, precision: Precision, end?: string): [string, string] {
  const [y = "1970", m = "01"] = value.split("-");
  let lo: string;
  let hi: string;
  if (precision === "year") {
    lo = `${y}-01-01`;
    hi = `${y}-12-31`;
  } else if (precision === "month") {
    lo = `${y}-${m}-01`;
    hi = isoDay(new Date(Date.UTC(Number(y), Number(m), 0, 12)));
  } else {
    lo = value;
    hi = value;
  }
  if (end && end > hi) hi = end;
  return [lo, hi];
}

/** Whole days from a to b (ISO days). */
export function dayDiff(a: string, b: string): number {
  return Math.round((fromIso(b).getTime() - fromIso(a).getTime()) / 86_400_000);
}

export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Matches "June 8, 2013", "Jun. 8 2013", "Jun 08,2013", "8 June 2013", ISO "2013-06-08" and "06/08/2013"; read by `readFullDate`. */
export const FULL_DATE_RE =
  /\b(?:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:\s*,\s*|\s+)((?:19|20)\d{2})|(\d{1,2})\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s*,\s*|\s+)((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}))\b/;

/** Every full date of a text (FULL_DATE_RE, global; read with `matchesOf` or `replace`). */
export const FULL_DATE_ALL = new RegExp(FULL_DATE_RE.source, "g");

/** Reads a FULL_DATE_RE match into an ISO day, or undefined when the day does not exist. */
export function readFullDate(m: RegExpMatchArray): string | undefined {
  let y: number;
  let mo: number;
  let d: number;
  if (m[1]) {
    y = Number(m[3]);
    mo = MONTHS[m[1].toLowerCase()] ?? 0;
    d = Number(m[2]);
  } else if (m[5]) {
    y = Number(m[6]);
    mo = MONTHS[m[5].toLowerCase()] ?? 0;
    d = Number(m[4]);
  } else if (m[10]) {
    // US numeric style: month/day/year.
    y = Number(m[12]);
    mo = Number(m[10]);
    d = Number(m[11]);
  } else {
    y = Number(m[7]);
    mo = Number(m[8]);
    d = Number(m[9]);
  }
  const date = noonUtc(y, mo, d);
  if (mo < 1 || mo > 12 || date.getUTCDate() !== d) return undefined;
  return isoDay(date);
}
