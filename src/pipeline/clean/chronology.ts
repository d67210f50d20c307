import {
  DAY_SPAN as DAYS,
  MONTH_PARTS,
  MONTH_WORD,
  WEEKDAYS,
  WEEKDAY_ABBREVIATIONS,
} from "../lexicon/calendar.ts";
import { LIST_MARKER, WEEKDAYS as WEEKDAY_WORDS } from "../lexicon/stamps.ts";
import { SECTION_EDIT_LINK } from "../lexicon/furniture.ts";
import { endsLikeSentence, filledAbove } from "./lines.ts";

/**
 * A line that is only a date with its year: "March 2011", "4-5 June 2012", "Feb. 12,
 * 2013", "2011", with a colon or a dash after it at most, and a dash before it ("- 2011 -").
 */
const HEADING = new RegExp(
  String.raw`^(?:[–—-]\s*)?(?:(?:${DAYS}\s+)?${MONTH_WORD}\.?(?:\s+${DAYS})?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2})\s*[:–—-]?$`,
  "i",
);

/**
 * A day of a week's review on a line of its own: "MONDAY", "Wednesday, Nov. 7", "Monday-Tuesday,
 * Nov. 5-6". The weekday names it, so it needs no year; a bare "March 4" stays a date line.
 */
const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;
const DAY_HEADING = new RegExp(
  String.raw`^${WEEKDAY}(?:\s*[-–]\s*${WEEKDAY})?(?:,?\s+(?:${DAYS}\s+${MONTH_WORD}\.?|${MONTH_WORD}\.?\s+${DAYS})(?:,?\s+(?:19|20)\d{2})?)?\s*[:–—-]?$`,
  "i",
);

/**
 * A day's heading in a diary with its weekday shortened: "TUE., MAY 8", "Sat 12 May". Only with
 * its day: a short weekday alone ("Sun") may be a name.
 */
const SHORT_DAY_HEADING = new RegExp(
  String.raw`^(?:${WEEKDAY_ABBREVIATIONS.join("|")})\.?,?\s+(?:${DAYS}\s+${MONTH_WORD}\.?|${MONTH_WORD}\.?\s+${DAYS})(?:,?\s+(?:19|20)\d{2})?\s*[:–—-]?$`,
  "i",
);

/**
 * The place a diary's or a tour's day heading names after a dash ("May 8 - HANOI", "Friday,
 * May 4 — Fort Hood"): up to three words, each capitalised, so a dash before words of a sentence
 * ("Monday - talks resume") leaves the line as it is.
 */
const PLACE_AFTER_DASH = /\s+[–—-]\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$/;

/** A heading that is a year alone ("2011", "- 2011 -"): it heads every entry down to the next. */
const YEAR_ALONE = /^[–—-]?\s*((?:19|20)\d{2})\s*[:–—-]?$/;

/**
 * An entry that opens with its month or day ("Mar 4   The envoys meet …", "3 March: …"), its
 * days ("3-5 June: …") or a part of its month ("Early Oct: …"), after a list's marker at most
 * ("- 9 Mar: …", "• Oct. 3 …").
 */
const OPENS_WITH_DATE = new RegExp(
  String.raw`^(?:(?:${MONTH_PARTS})[\s-]+|${DAYS}\s+)?${MONTH_WORD}\b`,
  "i",
);

/**
 * Whether line `k` is an item of the block above it: a line right under another, which ended as
 * a sentence ends, or one of a list's items; not a heading of its own, and naming no month or
 * weekday of its own (a session's abstract that tells of April is not of the session's day).
 */
function itemOfBlock(lines: readonly string[], k: number): boolean {
  const line = (lines[k] ?? "").trim();
  const above = (lines[k - 1] ?? "").trim();
  if (!line || !above || isDateHeading(line) || NAMES_A_DATE.test(line)) return false;
  return endsLikeSentence(above) || LIST_MARKER.test(line);
}

/** A month's or a weekday's name. */
const NAMES_A_DATE = new RegExp(String.raw`\b(?:${MONTH_WORD}|${WEEKDAY})\b`);

/**
 * "- Tue 8 May: talks at the ministry", "Sept. 4 — The envoy lands": a list's or a timeline's entry
 * that opens with its day or month (a weekday's name, full or short, before it at most) and a
 * colon or a dash after it, with the entry's words after that.
 */
const DATED_ENTRY = new RegExp(
  String.raw`^(?:(?:${WEEKDAY_WORDS.join("|")})\.?,?\s+)?(?:(?:${MONTH_PARTS})[\s-]+|${DAYS}\s+)?${MONTH_WORD}\.?(?:\s+${DAYS})?(?:,?\s+(?:19|20)\d{2})?\s*(?::|\s[–—-]{1,2})\s*\S`,
  "i",
);

/** Whether a line is a dated entry of a list or a timeline (DATED_ENTRY), after its marker. */
export const isDatedEntry = (line: string): boolean => DATED_ENTRY.test(unmarked(line));

/** A chronology's entry without its list marker ("- 9 Mar: …" is "9 Mar: …"). */
export const unmarked = (line: string): string => line.trim().replace(LIST_MARKER, "");

/** A chronology has at least this many entries under headings. */
const HEADED_ENTRIES = 2;

/** A heading's words, without a wiki's link to edit its section ("2011[edit]" is "2011"). */
const headingWords = (line: string): string => line.trim().replace(SECTION_EDIT_LINK, "");

/** Whether a line is a chronology's date heading. */
export function isDateHeading(line: string): boolean {
  const heading = headingWords(line);
  if (HEADING.test(heading) || DAY_HEADING.test(heading) || SHORT_DAY_HEADING.test(heading))
    return true;
  // A place after the day: the day must be named, not a weekday alone.
  const day = heading.replace(PLACE_AFTER_DASH, "");
  return day !== heading && NAMES_A_DAY.test(day) && isDateHeading(day);
}

/** A year alone, or a day named with its weekday, as a diary heads its days. */
const headsDiary = (line: string): boolean => {
  const day = headingDate(line);
  return YEAR_ALONE.test(day) || DAY_HEADING.test(day) || SHORT_DAY_HEADING.test(day);
};

/** The date of a heading, without the place it may name after a dash. */
const headingDate = (line: string): string => {
  const day = line.trim().replace(PLACE_AFTER_DASH, "");
  return day !== line.trim() && isDateHeading(day) ? day : line.trim();
};

/** A day of a month: its number beside a month's name. */
const NAMES_A_DAY = new RegExp(
  String.raw`(?:\b\d{1,2}\s+${MONTH_WORD}\b|\b${MONTH_WORD}\.?\s+\d{1,2}\b)`,
  "i",
);

/**
 * "January 2011" on a line of its own over "The ministry suspends the exchanges on 10 January …":
 * a timeline's entries each under a date heading. Each heading is the date of the paragraph below
 * it, so it opens that paragraph as a chronology's entry does ("January 2011: The ministry
 * suspends …"), and the time stage frames the paragraph's months and days in the heading's year.
 * For each kept line (`kept`: indices into `lines`) the heading that opens it, if any; undefined
 * when the body holds fewer than two headed paragraphs (a lone date line is a stamp, not a
 * timeline).
 */
export function chronologyHeadings(
  lines: readonly string[],
  kept: readonly number[],
  start: number,
  end: number,
): Map<number, string> | undefined {
  const headed = new Map<number, string>();
  // A year alone right above the body's first line (a report's appendix under its title) heads
  // the body as the later years head theirs; so does a diary's first day, named by its weekday
  // (the body opens under it), when later days head theirs too. A month with its year there is
  // the page's stamp.
  const above = filledAbove(lines, start);
  const first = above !== undefined && headsDiary(lines[above] ?? "") ? above : start;
  for (let i = first; i < end; i++) {
    const line = headingWords(lines[i] ?? "");
    if (!isDateHeading(line)) continue;
    let next = i + 1;
    while (next < end && !(lines[next] ?? "").trim()) next++;
    // An entry's own title may stand between its date and its paragraph ("March 2011 / A First
    // Meeting / The envoys meet …"): the paragraph right under it is the entry.
    if (!kept.includes(next) && (lines[next + 1] ?? "").trim() && kept.includes(next + 1)) next++;
    if (!kept.includes(next) || isDateHeading(lines[next] ?? "")) continue;
    const year = YEAR_ALONE.exec(line)?.[1];
    const heading = year ?? headingDate(line).replace(/^[–—-]\s*|\s*[:–—-]$/g, "");
    headed.set(next, heading);
    // Under a day or a month, each item of the heading's block (lines with no blank between,
    // each a sentence or a list's item of its own) is of that day too: a week's agenda lists
    // several events under "TUESDAY, MARCH 6".
    if (!year)
      for (let k = next + 1; k < end && itemOfBlock(lines, k) && kept.includes(k); k++)
        headed.set(k, heading);
    // Under a year alone, each entry that opens with its month or day is of that year too.
    if (year)
      for (const k of kept.filter((k) => k > next && k < end)) {
        if (!OPENS_WITH_DATE.test(unmarked(lines[k] ?? ""))) break;
        headed.set(k, year);
      }
  }
  return headed.size >= HEADED_ENTRIES ? headed : undefined;
}
