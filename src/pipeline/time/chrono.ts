import type { ParsedResult } from "chrono-node";
import * as en from "chrono-node/en";
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_PARTS,
  MONTH_WORD,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
} from "../lexicon/calendar.ts";

/**
 * The chrono parser used for every article: casual English (today, yesterday, last month), with
 * no forward bias, since news reports mostly narrate the past; tense is handled by our resolver.
 * Only the English locale is loaded: the full package loads a dozen locales and triples start-up.
 */
export const parser = en.casual.clone();
// "N units later" is never a date for us (time/negatives.ts) and "N units ago" is read by
// time/ago.ts; both chrono parsers carry very large patterns that dominate a run's start-up.
parser.parsers = parser.parsers.filter(
  (p) => !/^ENTimeUnit(Ago|Later)FormatParser$/.test(p.constructor.name),
);

/**
 * Words without which chrono cannot find anything: lets most sentences skip the parser. The
 * calendar's names come from calendar.json ("may" is both a month and its abbreviation); the
 * relative words are the ones chrono's casual parsers start from.
 */
const MAYBE_TEMPORAL = new RegExp(
  [
    String.raw`\d`,
    String.raw`\b(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAYS].join("|")})\b`,
    String.raw`\b(?:${WEEKDAY_ABBREVIATIONS.join("|")})(?:day)?\b`,
    String.raw`\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|noon|midnight|weekend|weeks?|months?|years?|days?|decades?|ago)\b`,
  ].join("|"),
  "i",
);

/**
 * "in late May", "by mid-May": a part of the month before its name. chrono reads the month after
 * "early" and "late" but not "May" there (the verb "may" makes it wary), so the part's words are
 * blanked out, length kept, and the month is read with its precision.
 */
const PART_BEFORE_MONTH = new RegExp(
  String.raw`\b(?:${MONTH_PARTS})(?:\s+|-)(?=(?:${MONTH_NAMES.join("|")})\b)`,
  "g",
);

/**
 * "on the afternoon of August 29", "on the morning of the same day": chrono reads a part of a day
 * followed by "of" and a date as the part of the reference day, and drops the date; blanked out,
 * length kept, the date is read ("the same day", "the next day" step from the day told before).
 */
const PART_OF_DAY_BEFORE_DATE = new RegExp(
  String.raw`\b(?:morning|afternoon|evening|night)\s+of\s+(?=(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAYS].join("|")})\b|\d|(?:the|that)\s+(?:(?:same|next|following|previous)\s+)?day\b)`,
  "gi",
);

/**
 * "last May", "next May": chrono reads "May" only after a preposition (it is also a verb), so the
 * step word is shown to it as "in" of the same length; the step is read back from the sentence's
 * own words (time/resolve.ts).
 */
const STEP_BEFORE_MAY = /\b(?:last|next|this)\s+(?=May\b)/g;

/**
 * "the May talks", "the Pentagon's May report": "May" before a noun, after a determiner or a
 * possessive, names the month; the words before it are shown to chrono as "in" (its own word
 * stays where it was, so offsets hold). "May 4" is read without it, and "the May Fourth Movement"
 * is a name.
 */
const DETERMINER_BEFORE_MAY =
  /(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|\w['’]s)\s+(?=May\s+\p{Ll})/gu;

const MONTH = `${MONTH_WORD}\\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

/**
 * "from 15 to 22 May", "from 15 May to 22 May": a range written day first. chrono reads "from 15
 * to 22" as hours and loses the days, but reads the range right without "from", which is blanked
 * out, length kept.
 */
const FROM_BEFORE_DAY_FIRST_RANGE = new RegExp(
  String.raw`\bfrom\s+(?=${DAY}(?:\s+${MONTH})?\s*(?:to|until|till|through|[-–])\s*${DAY}\s+${MONTH})`,
  "gi",
);

/**
 * "between 15 and 22 May": chrono reads only the last day; shown as "15 to 22 May" (length kept),
 * the range is read whole.
 */
const BETWEEN_DAY_FIRST_RANGE = new RegExp(
  String.raw`\bbetween(\s+${DAY}(?:\s+${MONTH})?\s+)and(?=\s+${DAY}\s+${MONTH})`,
  "gi",
);

/**
 * "on August 24 and 25", "on 24 and 25 August": two days in a row joined by "and" are one stretch
 * of two days (ANNOTATION.md), which chrono reads as the first day alone; shown as "24 to  25"
 * (length kept), the range is read whole. Days not in a row ("May 3 and 9") stay two, and a
 * number with a noun after it ("May 24 and 25 officers") is no day.
 */
const DAYS_IN_A_ROW = new RegExp(
  String.raw`(?<=\b${MONTH}\s+)(\d{1,2})(\s+)and(\s+)(\d{1,2})\b(?=\s*(?:[,.;:)]|$|\d{4}\b|(?:in|at|with|when|as|for|the)\b))|\b(\d{1,2})(\s+)and(\s+)(\d{1,2})(?=\s+${MONTH}\b)`,
  "gi",
);

/** Shows "24 and 25" as "24 to  25" when the days are in a row (see DAYS_IN_A_ROW). */
function daysInARow(match: string, ...groups: (string | undefined)[]): string {
  const [a, s1, s2, b] = groups[0] !== undefined ? groups.slice(0, 4) : groups.slice(4, 8);
  return Number(b) === Number(a) + 1 ? `${a}${s1}to ${s2}${b}` : match;
}

/**
 * "the second weekend in May", "the last week of March": a week counted within a month is dated by
 * the month (ANNOTATION.md: there is no week precision). chrono reads the week or weekend as the
 * reference's and drops "May" after "of"; the words before the month are shown as "in" (length
 * kept), so the month alone is read.
 */
const WEEK_OF_MONTH = new RegExp(
  String.raw`\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|weekend)\s+(?:in|of)\s+(?=${MONTH_WORD}\b)`,
  "gi",
);

/** "September 28–29": chrono reads a range's hyphen but not its en or em dash, shown as one. */
const DASH_BETWEEN_NUMBERS = /(?<=\d)[–—](?=\d)/g;

/** Parses `text` against `ref` (noon UTC of a day) in UTC. */
export function parseAt(text: string, ref: Date): ParsedResult[] {
  if (!MAYBE_TEMPORAL.test(text)) return [];
  const plain = text
    .replace(PART_BEFORE_MONTH, (m) => " ".repeat(m.length))
    .replace(PART_OF_DAY_BEFORE_DATE, (m) => " ".repeat(m.length))
    .replace(STEP_BEFORE_MAY, (m) => "in".padEnd(m.length, " "))
    .replace(DETERMINER_BEFORE_MAY, (m) => "in ".padStart(m.length, " "))
    .replace(WEEK_OF_MONTH, (m) => "in ".padStart(m.length, " "))
    .replace(DASH_BETWEEN_NUMBERS, "-")
    .replace(FROM_BEFORE_DAY_FIRST_RANGE, (m) => " ".repeat(m.length))
    .replace(BETWEEN_DAY_FIRST_RANGE, (_, days: string) => `       ${days}to `)
    .replace(DAYS_IN_A_ROW, daysInARow);
  const results = parser.parse(plain, { instant: ref, timezone: 0 }, { forwardDate: false });
  return ref.getUTCDate() > DAY_EVERY_MONTH_HAS ? monthStepsFrom28th(plain, ref, results) : results;
}

/** The highest day number that every month has. */
const DAY_EVERY_MONTH_HAS = 28;

/**
 * chrono steps a month by keeping the reference's day, so from the 31st "last month" runs over
 * into the reference's own month (September 31st is October 1st) and "next month" into the one
 * after it. A month counted from the reference ("last month", "next month": its month and year
 * known, no day) is read again from the 28th of the reference's month, which every month has.
 */
function monthStepsFrom28th(plain: string, ref: Date, results: ParsedResult[]): ParsedResult[] {
  const stepped = (r: ParsedResult) =>
    r.start.isCertain("month") && r.start.isCertain("year") && !r.start.isCertain("day");
  if (!results.some(stepped)) return results;
  const early = new Date(ref);
  early.setUTCDate(DAY_EVERY_MONTH_HAS);
  const again = parser.parse(plain, { instant: early, timezone: 0 }, { forwardDate: false });
  return results.map((r) =>
    stepped(r) ? (again.find((a) => a.index === r.index && a.text === r.text) ?? r) : r,
  );
}
