import { ZONE_DATE_ORDER } from "../../lexicon/stamps.ts";
import {
  FULL_DATE_ALL,
  MONTHS,
  dayDiff,
  fromIso,
  isoDay,
  noonUtc,
  readFullDate,
} from "../../util/dates.ts";
import { weekdayNumber } from "./calendar-days.ts";
import { DAY_FIRST_NOTE, MONTH_FIRST_NOTE, WEEKDAY_NAME, alternatives } from "./residue.ts";
import { plainNumbers } from "./stamp-date.ts";
import { matchesOf } from "../../util/matches.ts";

/**
 * A stamp whose two numbers could each be the month ("03/06/2013"): read in the order its page
 * shows, by the first of these that tells: a note on the page ("dd/mm/yyyy"), the weekday the line
 * names, a date the page writes out, its time zone's country, the page's other numeric dates, the
 * months the body names days in. `day` is the stamp as first read. A date written out is the same
 * day, told plainly; a zone's letters may name two countries ("PST" is Pacific and Pakistan time),
 * so they tell only where the page writes no such date.
 */
export function inPageOrder(line: string, day: string, lines: string[], body: string[]): string {
  return (
    orderedByNote(line, day, lines) ??
    orderedByWeekday(line, day) ??
    orderedByWrittenDate(line, day, lines) ??
    orderedByZone(line, day) ??
    orderedByPage(line, day, lines) ??
    orderedByBody(line, day, body)
  );
}

const zonePattern = (zones: readonly string[]) =>
  new RegExp(String.raw`(?<=\d\s*)(?:${alternatives(zones)})\b`, "i");
const DAY_FIRST_ZONE = zonePattern(ZONE_DATE_ORDER.dayFirst);
const MONTH_FIRST_ZONE = zonePattern(ZONE_DATE_ORDER.monthFirst);

/**
 * An ambiguous stamp read in the order of the country whose time zone follows its clock
 * ("Published: 03/06/2013 14:22 BST" is 3 June; `stamps.json` `zoneDateOrder`).
 */
function orderedByZone(line: string, day: string): string | undefined {
  const either = eitherOrder(line, day);
  if (!either) return undefined;
  const dayFirst = DAY_FIRST_ZONE.test(line);
  const monthFirst = MONTH_FIRST_ZONE.test(line);
  if (dayFirst === monthFirst) return undefined;
  return inOrder(day, either, monthFirst);
}

/**
 * A stamp whose two numbers could each be the month, in the order under which its date falls on
 * the weekday the line names ("04/03/2013 (Monday)": the 4th of March); undefined when the line
 * names no weekday or both orders or neither fit it.
 */
function orderedByWeekday(line: string, day: string): string | undefined {
  const either = eitherOrder(line, day);
  const named = WEEKDAY_NAME.exec(line);
  if (!either || !named) return undefined;
  const weekday = weekdayNumber(named[1] ?? "");
  const { swapped } = either;
  const fits = (d: string) => fromIso(d).getUTCDay() === weekday;
  if (fits(day) === fits(swapped)) return undefined;
  return fits(day) ? day : swapped;
}

/**
 * A stamp whose two numbers could each be the month, in the order the page says it writes dates
 * in ("All dates on this page are day/month/year"; stamps.json dateOrderNotes); undefined when it
 * says none, or both.
 */
function orderedByNote(line: string, day: string, lines: string[]): string | undefined {
  const either = eitherOrder(line, day);
  if (!either) return undefined;
  const dayFirst = lines.some((l) => DAY_FIRST_NOTE.test(l));
  const monthFirst = lines.some((l) => MONTH_FIRST_NOTE.test(l));
  if (dayFirst === monthFirst) return undefined;
  return inOrder(day, either, monthFirst);
}

/**
 * A stamp whose two numbers could each be the month, in the order of a date the page writes out
 * with its month's name ("Tuesday 12 March 2013" above "Published: 12/03/2013"); undefined when
 * no such date is either reading, or both are.
 */
function orderedByWrittenDate(line: string, day: string, lines: string[]): string | undefined {
  const either = eitherOrder(line, day);
  if (!either) return undefined;
  const written = new Set(
    lines.flatMap((l) =>
      matchesOf(plainNumbers(l), FULL_DATE_ALL)
        .filter((m) => /\p{L}/u.test(m[0]))
        .map((m) => readFullDate(m)),
    ),
  );
  if (written.has(day) === written.has(either.swapped)) return undefined;
  return written.has(day) ? day : either.swapped;
}

/** "09.07.2013", "09/07/2013", "09-07-2013": two numbers either of which could be the month. */
const EITHER_ORDER = /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\b/;

/** A stamp's numeric date with a four- or a two-digit year ("Posted 09/07/13"). */
const STAMP_EITHER_ORDER = /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d{2})\b/;

/**
 * A stamp's numeric date (matched by `re`) whose two numbers could each be the month: its first
 * number, and the stamp's day read the other way round.
 */
function eitherOrder(
  line: string,
  day: string,
  re: RegExp = STAMP_EITHER_ORDER,
): { first: number; swapped: string } | undefined {
  const m = re.exec(line);
  if (!m || m[1] === m[3] || Number(m[1]) > 12 || Number(m[3]) > 12) return undefined;
  return {
    first: Number(m[1]),
    swapped: `${day.slice(0, 4)}-${day.slice(8, 10)}-${day.slice(5, 7)}`,
  };
}

/** Days a page's stamp may fall after its wire dateline's day (the story filed in another zone). */
const DATELINE_SLACK_DAYS = 1;

/**
 * A stamp whose two numbers could each be the month, in the order under which it falls on the
 * day its wire dateline names by the month's name, or the day after ("BEIJING, March 4 (Agency)"
 * under "13:47 04/03/2013" is the 4th of March); undefined when neither order or both fit.
 */
export function orderedByDateline(
  line: string,
  day: string,
  dateline: { month: number; day: number },
): string | undefined {
  const either = eitherOrder(line, day);
  if (!either) return undefined;
  const fits = (d: string) => {
    const named = isoDay(noonUtc(Number(d.slice(0, 4)), dateline.month, dateline.day));
    const after = dayDiff(named, d);
    return after >= 0 && after <= DATELINE_SLACK_DAYS;
  };
  if (fits(day) === fits(either.swapped)) return undefined;
  return fits(day) ? day : either.swapped;
}

/** A stamp's day as read (`day`) or swapped, whichever puts its numbers in the given order. */
function inOrder(
  day: string,
  either: { first: number; swapped: string },
  monthFirst: boolean,
): string {
  const readMonthFirst = Number(day.slice(5, 7)) === either.first;
  return monthFirst === readMonthFirst ? day : either.swapped;
}

/** Every numeric date of a page with either order's shape ("14/03/2013", "09.07.2013"). */
const EITHER_ORDER_ALL = new RegExp(EITHER_ORDER.source, "g");

/**
 * The order a page writes its numeric dates in, when one of them can only be read one way: a
 * print header's "14/03/2013" is day first, so the page's "12/03/2013" is the 12th of March.
 */
function pageOrder(lines: string[]): "day-first" | "month-first" | undefined {
  for (const line of lines)
    for (const m of matchesOf(line, EITHER_ORDER_ALL)) {
      const [first, second] = [Number(m[1]), Number(m[3])];
      if (first > 12 && second <= 12) return "day-first";
      if (second > 12 && first <= 12) return "month-first";
    }
  return undefined;
}

/**
 * A stamp whose two numbers could each be the month, in the order the page's other numeric dates
 * show; undefined when none of them shows one.
 */
function orderedByPage(line: string, day: string, lines: string[]): string | undefined {
  const either = eitherOrder(line, day);
  if (!either) return undefined;
  const order = pageOrder(lines);
  if (!order) return undefined;
  return inOrder(day, either, order === "month-first");
}

/** "Sept. 6", "June 8", "on 1 June": a month and a day the body names without a year. */
const BODY_MONTH_DAY = new RegExp(
  String.raw`\b(?:(${Object.keys(MONTHS).join("|")})\.?\s+\d{1,2}\b|\d{1,2}\s+(${Object.keys(MONTHS).join("|")})\b\.?)(?!,?\s*(?:19|20)\d{2})`,
  "gi",
);

/**
 * A stamp whose two numbers could each be the month ("Date: 09.07.2013", which sites print day
 * first or month first) takes the order under which its month is one the body names days in
 * ("arrived … Sept. 6"), when the body names days in the other order's month and not in this
 * one's.
 */
function orderedByBody(line: string, day: string, body: string[]): string {
  const either = eitherOrder(line, day, EITHER_ORDER);
  if (!either) return day;
  const { swapped } = either;
  const named = new Set(
    body.flatMap((l) =>
      matchesOf(l, BODY_MONTH_DAY).map((x) => MONTHS[(x[1] ?? x[2] ?? "").toLowerCase()]),
    ),
  );
  const month = (d: string) => Number(d.slice(5, 7));
  return named.has(month(swapped)) && !named.has(month(day)) ? swapped : day;
}
