import { WINDOW } from "../../events/draft/window.ts";
import { WEEKDAYS } from "../../lexicon/stamps.ts";
import { MONTHS, firstYearOnWeekday, isoDay } from "../../util/dates.ts";
import { weekdayNumber } from "./calendar-days.ts";
import type { PublishedInput, StampCandidate } from "./candidate.ts";
import { labelledStamps, readLabelledStamp } from "./labelled-stamp.ts";
import { copyrightYear, latestBodyYear } from "./page-years.ts";
import { alternatives } from "./residue.ts";
import { readStampDate } from "./stamp-date.ts";
import { stampShape } from "./stamp-shape.ts";

/** "Tue Jan 11, 9:52 am ET": a weekday, a month and a day, with no year after them. */
export const WEEKDAY_MONTH_DAY = new RegExp(
  String.raw`\b(${alternatives(WEEKDAYS)})\.?,?\s+(${Object.keys(MONTHS).join("|")})\.?\s+(\d{1,2})\b(?!,?\s*(?:19|20)\d{2})`,
  "i",
);

/** How many years back from the page's own year a yearless weekday stamp is looked for. */
const WEEKDAY_YEARS_BACK = 6;

/**
 * A stamp line with a weekday, month and day but no year ("By … – Tue Jan 11, 9:52 am ET"): the
 * first of `years` in which that day falls on that weekday, as the line with the year put in
 * would be read.
 */
export function yearlessStamp(line: string, years: number[]): StampCandidate | undefined {
  const m = WEEKDAY_MONTH_DAY.exec(line);
  if (!m) return undefined;
  const weekday = weekdayNumber(m[1] ?? "");
  const month = MONTHS[(m[2] ?? "").toLowerCase()] ?? 0;
  const day = Number(m[3]);
  const date = firstYearOnWeekday(years, month, day, weekday);
  if (!date) return undefined;
  const at = (m.index ?? 0) + m[0].length;
  const y = date.getUTCFullYear();
  const read = readWithYear(`${line.slice(0, at)}, ${y}${line.slice(at)}`, isoDay(date));
  return read && { ...read, line: -1 };
}

/**
 * A stamp line with its missing year put in, read as a stamp: a labelled stamp as its label says
 * ("Updated: Tuesday, February 14, 2012, 9:47 PM"; a reader's save stamp is none), else by its
 * shape, on `day`.
 */
function readWithYear(
  withYear: string,
  day: string | undefined,
): Omit<StampCandidate, "line"> | undefined {
  const labelled = readLabelledStamp(withYear);
  if (labelled)
    return labelled.kind === "saved" ? undefined : { day: labelled.day, source: labelled.kind };
  const shape = stampShape(withYear);
  return shape && day ? { day, source: shape } : undefined;
}

/**
 * Whether a line is a stamp but for its missing year ("AFP - Thu Nov 11, 8:04 am ET"): read with
 * a year put in, as the years' search will read it, it has a stamp's shape. The year put in only
 * lets the line be read; which year it is, is not asked.
 */
export function isYearlessStampLine(line: string): boolean {
  const m = WEEKDAY_MONTH_DAY.exec(line);
  if (!m) return false;
  const at = (m.index ?? 0) + m[0].length;
  return !!stampShape(`${line.slice(0, at)}, 2000${line.slice(at)}`);
}

const MONTH_NAMES = Object.keys(MONTHS).join("|");

/**
 * A month and a day with no year after them, in either order ("Jun 1, 3:12 AM EDT", "Published:
 * December 29", "Updated 29 Dec"): where the year would stand is the end of the match.
 */
export const MONTH_DAY_NO_YEAR = new RegExp(
  String.raw`\b(?:(?:${MONTH_NAMES})\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH_NAMES})\.?)(?![\w:])(?!,?\s*(?:19|20)\d{2})`,
  "i",
);

/**
 * A stamp line with a month and a day but no year and no weekday ("Jun 1, 3:12 AM EDT",
 * "By Jane Doe, Published: December 29"): with no weekday to check a year against, it is of the
 * page's copyright year only when that is also the latest year the body names, two sources
 * agreeing; the line, with that year put in, must then read as a stamp.
 */
export function stampOfServedYear(
  line: string,
  input: PublishedInput,
): Omit<StampCandidate, "line"> | undefined {
  const m = MONTH_DAY_NO_YEAR.exec(line);
  if (!m) return undefined;
  const served = copyrightYear(input.lines);
  if (served === undefined || latestBodyYear(input.body) !== served) return undefined;
  const at = m.index + m[0].length;
  const withYear = `${line.slice(0, at)}${/^\d/.test(m[0]) ? "" : ","} ${served}${line.slice(at)}`;
  return readWithYear(withYear, readStampDate(withYear)?.day);
}

/**
 * The years a yearless stamp may be of, likeliest first: a print or save stamp's year and those
 * before it (the page was out by then); else the page's copyright year and those before it, when
 * the body names none later (a site's footer is of the year the page was served, so not earlier
 * than the story, while the body may name only years long past); else the body's latest year, the
 * one after it and those before it.
 */
export function stampYears(input: PublishedInput): number[] {
  const back = (year: number) => Array.from({ length: WEEKDAY_YEARS_BACK + 1 }, (_, i) => year - i);
  const saved = savedDay(input);
  if (saved) return back(Number(saved.slice(0, 4)));
  const latest = latestBodyYear(input.body);
  const served = copyrightYear(input.lines);
  if (served !== undefined && (latest === undefined || served >= latest)) return back(served);
  // A body that names no year of the dataset's window ("since 2001", or none at all) cannot place
  // the page; the window's years, where its subject lies, are tried before the body's.
  const windowYears = latest === undefined || latest < WINDOW_FIRST_YEAR ? WINDOW_YEARS : [];
  if (latest === undefined) return windowYears;
  return [...windowYears, latest, latest + 1, ...back(latest).slice(1)];
}

const WINDOW_FIRST_YEAR = Number(WINDOW.start.slice(0, 4));
const WINDOW_LAST_YEAR = Number(WINDOW.end.slice(0, 4));
/** The window's years, latest first. */
const WINDOW_YEARS = Array.from(
  { length: WINDOW_LAST_YEAR - WINDOW_FIRST_YEAR + 1 },
  (_, i) => WINDOW_LAST_YEAR - i,
);

/** The first save or print stamp above the body ("Printed: 2013/01/07 11:42 JST"), if any. */
export function savedDay(input: PublishedInput): string | undefined {
  return firstSavedDay(input.lines.slice(0, input.bodyStart));
}

/** The day of the first save or print stamp among some lines ("Retrieved …", "saved date: …"). */
export function firstSavedDay(lines: readonly string[]): string | undefined {
  for (const line of lines)
    for (const l of labelledStamps(line)) if (l.kind === "saved") return l.day;
  return undefined;
}
