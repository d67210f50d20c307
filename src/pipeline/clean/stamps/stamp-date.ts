import { FULL_DATE_RE, MONTHS, isoDay, noonUtc, readFullDate } from "../../util/dates.ts";
import { asName } from "../../util/capitals.ts";
import { MONTH_NAMES, WEEKDAYS } from "../../lexicon/calendar.ts";
import { alternatives } from "./residue.ts";

/**
 * Numeric forms FULL_DATE_RE leaves out: "2013/03/11", "2013.03.11", "2013-2-21" (Chinese sites
 * drop the zeros), "21.01.2010", "21/01/2010", "07-12-2013". One separator throughout.
 */
const YEAR_FIRST = /\b((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})\b/;
/**
 * "2012 09 18 19:58:41": year, month and day parted by spaces, as a translation tool renders a
 * Chinese stamp; only with the month and day in two digits and a clock right after.
 */
const YEAR_FIRST_SPACED =
  /\b((?:19|20)\d{2}) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?=\s+\d{1,2}:\d{2})/;
const DAY_FIRST_DOTS = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;
const DAY_FIRST_SLASH = /\b(1[3-9]|2\d|3[01])\/(\d{1,2})\/((?:19|20)\d{2})\b/;
/**
 * "07-12-2013 08:14": with dashes as with slashes, the month comes first (the US order, and the
 * order of the Chinese sites that print it), unless the first number cannot be a month
 * ("25-12-2012").
 */
const DASHES = /\b(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})\b/;

/**
 * The year, the month's name and the day, as some Chinese sites stamp a page ("2011-December-08",
 * "2012-Jan-5"); the month's names are the calendar's.
 */
const YEAR_MONTH_NAME = new RegExp(
  String.raw`\b((?:19|20)\d{2})([-/ ])(${alternatives(Object.keys(MONTHS))})\.?\2(\d{1,2})\b`,
  "i",
);

/**
 * "Posted 10/08/12": month, day and a two-digit year, as US government sites print them; day
 * first ("DATE:27/09/12", as British trade sites print it) only when no such month exists, and
 * otherwise in the order the page's other numeric dates show (orderedByPage). Read only after a
 * stamp's label, where nothing else of that shape stands.
 */
const SHORT_YEAR = /\b(\d{1,2})\/(\d{1,2})\/(\d{2})\b(?![/.-]?\d)/;

/**
 * "By Jane Doe | 5/7/13 5:21 PM EDT", "BY JANE DOE 06.17.13 6:30 AM": month, day and a two-digit
 * year with a clock right after it, as US news sites stamp their bylines (day first only when
 * no such month exists).
 */
const SHORT_YEAR_CLOCK = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{2})\s+(?=\d{1,2}:\d{2})/;

/**
 * "asked Mar 3 '11 at 09:12": a month's name, the day and the year's last two digits after an
 * apostrophe, as question-and-answer sites stamp posts; in this century.
 */
const MONTH_DAY_APOSTROPHE_YEAR = new RegExp(
  String.raw`\b(${alternatives(Object.keys(MONTHS))})\.?\s+(\d{1,2}),?\s+['’‘](\d{2})\b`,
  "i",
);

/**
 * "Mar.4,2012 09:10 KST": a month's short name, its full stop, the day and the year with no
 * space between, as some Korean dailies' English editions stamp a page.
 */
const MONTH_DAY_YEAR_CLOSE = new RegExp(
  String.raw`\b(${alternatives(Object.keys(MONTHS))})\.(\d{1,2}),((?:19|20)\d{2})\b`,
  "i",
);

/** "02.20.13" alone on its line, the byline's clock on the next: the same stamp, split in two. */
const LONE_SHORT_YEAR = /^\s*(\d{1,2})([/.])(\d{1,2})\2(\d{2})\s*$/;

/**
 * "2011年3月9日", "2012년 6월 5일": year, month and day, each before its sign, as Chinese,
 * Japanese and Korean sites stamp a page.
 */
const EAST_ASIAN_YMD = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;

/** A date found in a stamp line: the ISO day and the span of its words. */
export interface StampDate {
  day: string;
  start: number;
  end: number;
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined) {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const date = noonUtc(year, month, day);
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return undefined;
  return isoDay(date);
}

/**
 * A month's or weekday's whole name in capitals on a line that is not: a print page's running
 * head ("Daily Courier   SUNDAY, MARCH 10, 2013"). An abbreviation in capitals ("JAN.") is
 * left as it is: on a wire's slug or code line it is no stamp.
 */
const CALENDAR_CAPITALS = new RegExp(
  String.raw`\b(?:${[...WEEKDAYS, ...MONTH_NAMES].map((w) => w.toUpperCase()).join("|")})\b`,
  "g",
);

/**
 * Drops ordinal suffixes ("Jan. 21st" → "Jan. 21"), reads ISO 8601's "T" and "Z" as a space
 * ("2013-06-11T15:45:00Z" → "2013-06-11 15:45:00 ") and words in capitals as names ("THURSDAY,
 * JANUARY 20, 2011" → "Thursday, January 20, 2011", as blog headers print a whole line in
 * capitals); offsets below are into this text (each replacement keeps the length at or under the
 * original's start).
 */
export const plainNumbers = (line: string) =>
  (/[a-z]/.test(line) ? line.replace(CALENDAR_CAPITALS, asName) : asName(line))
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, "$1")
    .replace(
      /\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?\b/g,
      "$1 $2",
    );

/** Month, day (else day, month) and a two-digit year of this century, as SHORT_YEAR matches them. */
const monthDayShortYear = (m: RegExpMatchArray) =>
  ymd(`20${m[3]}`, m[1], m[2]) ?? ymd(`20${m[3]}`, m[2], m[1]);

/** The first match of `re` in a text that `read` makes a valid day, with its span. */
function dateMatch(
  text: string,
  re: RegExp,
  read: (m: RegExpMatchArray) => string | undefined,
): StampDate | undefined {
  const m = text.match(re);
  const day = m ? read(m) : undefined;
  return m && day ? { day, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length } : undefined;
}

/**
 * Month, day (else day, month) and a two-digit year of this century, as SHORT_YEAR_CLOCK and
 * LONE_SHORT_YEAR match them (the separator captured between).
 */
const separatedShortYear = (m: RegExpMatchArray) =>
  ymd(`20${m[4]}`, m[1], m[3]) ?? ymd(`20${m[4]}`, m[3], m[1]);

/** A labelled stamp's month/day/two-digit-year date (SHORT_YEAR), in this century. */
export const shortYearDate = (text: string) => dateMatch(text, SHORT_YEAR, monthDayShortYear);

/**
 * Two digits in a row, which every form above holds (a year's, or a two-digit year's). Reading a
 * line as plainNumbers does joins no digits, so a line without them has no date.
 */
const TWO_DIGITS = /\d\d/;

/** The first full date of a stamp line, in any of the common written and numeric forms. */
export function readStampDate(line: string): StampDate | undefined {
  // Most lines of a page hold no date; the ten patterns below are spared them.
  if (!TWO_DIGITS.test(line)) return undefined;
  const text = plainNumbers(line);
  const found: StampDate[] = [];
  const full = text.match(FULL_DATE_RE);
  const fullDay = full ? readFullDate(full) : undefined;
  if (full && fullDay)
    found.push({ day: fullDay, start: full.index ?? 0, end: (full.index ?? 0) + full[0].length });
  const forms: [RegExp, (m: RegExpMatchArray) => string | undefined][] = [
    [YEAR_FIRST, (m) => ymd(m[1], m[3], m[4])],
    [YEAR_FIRST_SPACED, (m) => ymd(m[1], m[2], m[3])],
    [EAST_ASIAN_YMD, (m) => ymd(m[1], m[2], m[3])],
    [YEAR_MONTH_NAME, (m) => ymd(m[1], String(MONTHS[(m[3] ?? "").toLowerCase()]), m[4])],
    // Day first, as Europe and China write dots, unless no such day exists ("11.19.2013": month first).
    [DAY_FIRST_DOTS, (m) => ymd(m[3], m[2], m[1]) ?? ymd(m[3], m[1], m[2])],
    [DAY_FIRST_SLASH, (m) => ymd(m[3], m[2], m[1])],
    [DASHES, (m) => (Number(m[1]) > 12 ? ymd(m[3], m[2], m[1]) : ymd(m[3], m[1], m[2]))],
    [SHORT_YEAR_CLOCK, separatedShortYear],
    [LONE_SHORT_YEAR, separatedShortYear],
    [MONTH_DAY_YEAR_CLOSE, (m) => ymd(m[3], String(MONTHS[(m[1] ?? "").toLowerCase()]), m[2])],
    [
      MONTH_DAY_APOSTROPHE_YEAR,
      (m) => ymd(`20${m[3]}`, String(MONTHS[(m[1] ?? "").toLowerCase()]), m[2]),
    ],
  ];
  for (const [re, read] of forms) {
    const date = dateMatch(text, re, read);
    if (date) found.push(date);
  }
  found.sort((a, b) => a.start - b.start);
  return found[0];
}
