import {
  BYLINE_KINDS,
  BYLINE_ROLES,
  COMMENT_ACTION,
  COMMENT_AUTHOR,
  COMMENT_SECTION,
  COMMENT_STAMP,
  COPYRIGHT,
  DATE_ORDER_NOTES,
  ZONE_DATE_ORDER,
  LIST_ITEM,
  PAGE_WIDGETS,
  NAME_FUNCTION_WORDS,
  STAMP_CONNECTORS,
  STAMP_LABEL_NOUNS,
  STAMPED_THINGS,
  STAMP_LABELS,
  TIME_ZONES,
  ZONES_AFTER_CLOCK,
  WEEKDAYS,
  type StampLabel,
} from "../lexicon/stamps.ts";
import { findYears } from "../time/years.ts";
import { isScheduled } from "../time/tense.ts";
import { WEEKDAYS as CALENDAR_WEEKDAYS } from "../lexicon/calendar.ts";
import { FULL_DATE_RE, MONTHS, fromIso, isoDay, noonUtc, readFullDate } from "../util/dates.ts";
import { endsLikeSentence, isLinkListHeading, isProse, wordCount } from "./lines.ts";
import { literal } from "../lexicon/compile/patterns.ts";
import { asName } from "../util/capitals.ts";

/**
 * Where a publication date was read, most reliable first (the order `pickPublished` applies):
 *
 * 1. `dateline` – the story's own dateline with a full date ("WASHINGTON, Aug. 16, 2013 –");
 * 2. `published` – a first-publication stamp ("Published on Thursday, Jan. 21, 2010 in …",
 *    "Posted: …", "First published …", "Posted by … at 3/08/2012 …", "date 2013-01-22");
 * 3. `byline` – a date on a byline or outlet credit line above the body ("By Jane Doe - Nov 3,
 *    2011 4:12 PM PT", "- The Daily Courier - Wednesday, March 7, 2012");
 * 4. `updated` – a revision stamp ("Last updated: …", "UPDATED: …", "Modified …");
 * 5. `hint` – the page markup's declared date (HTML input);
 * 6. `date-line` – a line above the body that is only a date, with weekday, clock time and
 *    time zone ("Thursday, March 8, 2012", "09:41, March 6, 2012"): a blog post's date or
 *    a page's stamp. Of several, the one nearest the body wins: a page header above it is the
 *    day the page was saved;
 * 7. `lead` – a full date in the first paragraph's opening words, shaped like a dateline
 *    ("By Jane Doe, BEIJING, June 8, 2013 – …");
 * 8. `sign-off` – a date line or dated credit right under the story's last paragraph, as some
 *    outlets close their stories ("(The Daily Courier) July 10, 2013").
 *
 * Dates of page chrome are never candidates: copyright notices, list items of a link list, reader
 * comments and anything after a comment section's start. A candidate more than
 * `PLAUSIBLE_YEARS_AFTER` years after every year the body names (a crawl header years later)
 * loses to any candidate that fits.
 */
export type StampSource =
  | "dateline"
  | "published"
  | "byline"
  | "updated"
  | "hint"
  | "date-line"
  | "updated-below"
  | "lead"
  | "sign-off";

const SOURCE_ORDER: readonly StampSource[] = [
  "dateline",
  "published",
  "byline",
  "updated",
  "hint",
  "date-line",
  "updated-below",
  "lead",
  "sign-off",
];

/** A publication date a page offers, with where it was read. */
export interface StampCandidate {
  day: string;
  source: StampSource;
  /** Index of the line it was read from (-1 for the markup hint). */
  line: number;
}

/** How many years after the body's latest year a publication date may fall. */
export const PLAUSIBLE_YEARS_AFTER = 2;

const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\&]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");

const WEEKDAY_RE = new RegExp(String.raw`\b(?:${alternatives(WEEKDAYS)})\b\.?,?`, "gi");
/** "10:15 AM", "22:10:05", and the 24-hour clock without a colon before "hrs" ("1824 hrs"). */
const TIME_RE =
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b(?:[01]\d|2[0-3])[0-5]\d\s*hrs?\b\.?/gi;
const ZONE_RE = new RegExp(
  String.raw`\(?\b(?:(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|${alternatives(TIME_ZONES)}|(?<=\d\s*)(?:${alternatives(ZONES_AFTER_CLOCK)}))\b\)?`,
  "gi",
);
/** A zone named by its city in brackets ("17:42 (Singapore time)", "(Hong Kong time)"). */
const CITY_TIME_RE = /\((?:[A-Z][a-z]+\s+){1,2}time\)/g;
/** A numeric UTC offset after a clock, as e-mail and feed dates print it ("07:30:12 -0400"). */
const OFFSET_RE = /(?<=\d)\s+[+-](?:0\d|1[0-4])[0-5]\d\b/g;
const CONNECTOR_RE = new RegExp(String.raw`\b(?:${alternatives(STAMP_CONNECTORS)})\b`, "gi");
/** A forum post's number beside its stamp ("#1 05-16-2011, 08:42 AM"). */
const POST_NUMBER_RE = /(?:^|\s)#\d+(?=\s|$)/g;
/** A widget's "#" stands for a number ("Age: 13 yrs"). */
const WIDGET_RE = new RegExp(
  String.raw`\b(?:${alternatives(PAGE_WIDGETS).replace(/#/g, String.raw`\d+`)})\b`,
  "gi",
);
/**
 * Punctuation between a stamp's parts ("3/21/2012 @ 9:05AM"); a hyphen inside a word ("E-mail")
 * is not one.
 */
const SEPARATORS_RE = /[|丨,;:·•()[\]/>»@]+|(?:^|\s)[–—-]+(?=\s|$)/g;
const FUNCTION_WORDS = new Set(NAME_FUNCTION_WORDS);

/**
 * Numeric forms FULL_DATE_RE leaves out: "2013/03/11", "2013.03.11", "2013-2-21" (Chinese sites
 * drop the zeros), "21.01.2010", "21/01/2010", "07-12-2013". One separator throughout.
 */
const YEAR_FIRST = /\b((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})\b/;
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
 * Drops ordinal suffixes ("Jan. 21st" → "Jan. 21"), reads ISO 8601's "T" and "Z" as a space
 * ("2013-06-11T15:45:00Z" → "2013-06-11 15:45:00 ") and words in capitals as names ("THURSDAY,
 * JANUARY 20, 2011" → "Thursday, January 20, 2011", as blog headers print a whole line in
 * capitals); offsets below are into this text (each replacement keeps the length at or under the
 * original's start).
 */
const plainNumbers = (line: string) =>
  (/[a-z]/.test(line) ? line : asName(line))
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

/** A labelled stamp's month/day/two-digit-year date (SHORT_YEAR), in this century. */
const shortYearDate = (text: string) => dateMatch(text, SHORT_YEAR, monthDayShortYear);

/** The first full date of a stamp line, in any of the common written and numeric forms. */
export function readStampDate(line: string): StampDate | undefined {
  const text = plainNumbers(line);
  const found: StampDate[] = [];
  const full = text.match(FULL_DATE_RE);
  const fullDay = full ? readFullDate(full) : undefined;
  if (full && fullDay)
    found.push({ day: fullDay, start: full.index ?? 0, end: (full.index ?? 0) + full[0].length });
  const forms: [RegExp, (m: RegExpMatchArray) => string | undefined][] = [
    [YEAR_FIRST, (m) => ymd(m[1], m[3], m[4])],
    [YEAR_MONTH_NAME, (m) => ymd(m[1], String(MONTHS[(m[3] ?? "").toLowerCase()]), m[4])],
    // Day first, as Europe and China write dots, unless no such day exists ("11.19.2013": month first).
    [DAY_FIRST_DOTS, (m) => ymd(m[3], m[2], m[1]) ?? ymd(m[3], m[1], m[2])],
    [DAY_FIRST_SLASH, (m) => ymd(m[3], m[2], m[1])],
    [DASHES, (m) => (Number(m[1]) > 12 ? ymd(m[3], m[2], m[1]) : ymd(m[3], m[1], m[2]))],
    [SHORT_YEAR_CLOCK, (m) => ymd(`20${m[4]}`, m[1], m[3]) ?? ymd(`20${m[4]}`, m[3], m[1])],
  ];
  for (const [re, read] of forms) {
    const date = dateMatch(text, re, read);
    if (date) found.push(date);
  }
  found.sort((a, b) => a.start - b.start);
  return found[0];
}

/** Any of a list of notes, standing alone ("dd/mm/yyyy", not "dd/mm/yyyyy"). */
const notePattern = (notes: readonly string[]) =>
  new RegExp(String.raw`(?<![\w/.-])(?:${notes.map(literal).join("|")})(?![\w/.-])`, "i");
const DAY_FIRST_NOTE = notePattern(DATE_ORDER_NOTES.dayFirst);
const MONTH_FIRST_NOTE = notePattern(DATE_ORDER_NOTES.monthFirst);
/** Either note in brackets, or alone, on a stamp's line ("18/06/2013 (dd/mm/yyyy)"). */
const ORDER_NOTE = new RegExp(
  String.raw`\(?${notePattern([...DATE_ORDER_NOTES.dayFirst, ...DATE_ORDER_NOTES.monthFirst]).source}\)?`,
  "gi",
);

/** A stamp's clock, its zone and a numeric offset after it, blanked. */
const withoutClock = (text: string) =>
  text
    .replace(OFFSET_RE, " ")
    .replace(CITY_TIME_RE, " ")
    .replace(ZONE_RE, " ")
    .replace(TIME_RE, " ");

/** What a stamp line says besides its date: weekday, clock, zone, connectors and separators removed. */
function residue(text: string): string {
  return withoutClock(text.replace(/\(s\)/g, "s").replace(ORDER_NOTE, " ")) // "Comment(s)"
    .replace(WEEKDAY_RE, " ")
    .replace(CONNECTOR_RE, " ")
    .replace(WIDGET_RE, " ")
    .replace(POST_NUMBER_RE, " ")
    .replace(SEPARATORS_RE, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A short name: capitalised words, numbers, domains and the small words of names. */
function isNameLike(text: string, maxWords: number): boolean {
  const tokens = text.split(" ").filter(Boolean);
  return (
    tokens.length > 0 &&
    tokens.length <= maxWords &&
    tokens.every(
      (t) =>
        /^[\p{Lu}\d"“'‘]/u.test(t) ||
        FUNCTION_WORDS.has(t.toLowerCase()) ||
        /^[\w-]+(?:\.[\w-]+)+$/.test(t),
    )
  );
}

/** "By …", "Interview by …": a byline's start, and what it credits. */
const BYLINE_START = new RegExp(
  String.raw`^(?:(?:${alternatives(BYLINE_KINDS)})\s+)?by\s+(?=\S)`,
  "i",
);
/** Between two stamps or parts of one line: "First published: … | Last updated: …". */
const STAMP_SEPARATOR = /\s+[|·•]\s+/;
/** A writer's role on a byline ("Staff writer", "Tribune reporters"): no part of the name, in any case. */
const BYLINE_ROLE = new RegExp(String.raw`\b(?:${alternatives(BYLINE_ROLES)})s?\b`, "gi");

/** A stamp's label word beside a byline's date ("… June 5, 2011 Updated 12:14 a.m."). */
const LABEL_WORD = new RegExp(
  String.raw`\b(?:${alternatives(STAMP_LABELS.filter((l) => !l.strict).map((l) => l.words))})\b`,
  "gi",
);

/** An update label after the date it follows: "2 June 2011 Last updated at 09:52 GMT". */
const UPDATED_AFTER = new RegExp(
  String.raw`^(?:${alternatives(STAMP_LABELS.filter((l) => l.kind === "updated").map((l) => l.words))})$`,
  "i",
);

/** The names a byline credits: its start, the writers' roles and stamp labels left out. */
const bylineNames = (rest: string) =>
  rest
    .replace(BYLINE_START, "")
    .replace(BYLINE_ROLE, " ")
    .replace(LABEL_WORD, " ")
    .replace(/\s+/g, " ")
    .trim();

/** How a line with a date and no label reads: a bare date line, a byline or credit stamp, or neither. */
export function stampShape(line: string): "date-line" | "byline" | undefined {
  const date = readStampDate(line);
  if (!date || wordCount(line) > 20) return undefined;
  const text = plainNumbers(line);
  const rest = residue(`${text.slice(0, date.start)} ${text.slice(date.end)}`);
  if (!rest || (UPDATED_AFTER.test(rest) && !residue(text.slice(0, date.start))))
    return "date-line";
  // "By Jane Doe and John Roe, Staff Writers" is longer than an outlet's name.
  if (BYLINE_START.test(rest)) {
    if (isNameLike(bylineNames(rest), 12)) return "byline";
  } else if (isNameLike(rest, 6)) {
    // An outlet, site or place beside the date ("The Daily Courier, Aug. 2, 2012", "WASHINGTON | Thu …").
    return "byline";
  }
  return bylineInParts(line) ||
    sectionsAndDate(line) ||
    creditsAfterDate(text, date) ||
    creditsBeforeDate(text, date)
    ? "byline"
    : undefined;
}

/** Between an outlet, its section and a date on a wire page's header line: " - ", " | ", " · ". */
const PART_SEPARATOR = /\s+[-–—|·•]\s+/;

/** Words of an outlet's or a section's name beside a date ("World news", "Top Stories"). */
const SECTION_WORDS = 4;

/**
 * "AFP - World news - Mon May 9, 2011 8:52pm ET": an outlet and a section, each a few words that
 * open with a capital, and a part that is the date alone.
 */
function sectionsAndDate(line: string): boolean {
  const parts = line
    .split(PART_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return false;
  const dated = parts.filter((p) => stampShape(p) === "date-line");
  const others = parts.filter((p) => !dated.includes(p));
  return (
    dated.length === 1 &&
    others.length > 0 &&
    others.every((p) => /^[\p{Lu}\d]/u.test(p) && wordCount(p) <= SECTION_WORDS)
  );
}

/** "Source: China Military Online Editor: Zhang Tao": labelled credits of a few words each. */
const CREDITS = /^(?:\p{Lu}\p{Ll}*:\s*(?:[\p{Lu}\d][\p{L}\d.'’&-]*\s*){1,4})+$/u;

/**
 * "2013-02-20 20:52 Source: China Military Online Editor: Zhang Tao": a line that opens with the
 * date and its clock, and then only credits its source and editor.
 */
function creditsAfterDate(text: string, date: StampDate): boolean {
  if (residue(text.slice(0, date.start))) return false;
  return CREDITS.test(withoutClock(text.slice(date.end)).trim());
}

/**
 * "Source: China Military Online Editor: Zhang Tao 2011-12-08 09:21": the same credits, then the
 * date and its clock, and nothing after.
 */
function creditsBeforeDate(text: string, date: StampDate): boolean {
  if (residue(text.slice(date.end))) return false;
  return CREDITS.test(text.slice(0, date.start).trim());
}

/**
 * "By Jane Doe | November 12, 2013 | Winter 2013 issue": a byline and a bare date between bars,
 * whatever else the line holds (an issue, a section).
 */
function bylineInParts(line: string): boolean {
  const parts = line.split(STAMP_SEPARATOR);
  if (parts.length < 2) return false;
  // "… | © August 26, 2013": a copyright sign before the byline's date.
  const datePart = parts
    .map((p) => p.replace(/^\s*(?:©|\([Cc]\)|[Cc]opyright)\s*/, ""))
    .find((p) => readStampDate(p));
  const byline = parts.find((p) => BYLINE_START.test(p.trim()));
  return (
    datePart !== undefined &&
    stampShape(datePart) === "date-line" &&
    byline !== undefined &&
    isNameLike(bylineNames(residue(byline)), 12)
  );
}

const LABEL_AT_START = new RegExp(
  String.raw`^[\s|•·*>»([–—-]*(${alternatives(STAMP_LABELS.map((l) => l.words))})\b`,
  "i",
);
/** A label glued to page chrome or after a separator ("E-mailPublished on …", "Share | Posted …"). */
const LABEL_INSIDE = new RegExp(
  String.raw`(?:[a-z)\]](?=[A-Z])|[|•·]\s*)(${alternatives(
    STAMP_LABELS.map((l) => l.words.replace(/^./, (c) => c.toUpperCase())),
  )})\b`,
);

/**
 * A label after one word naming what it stamps, then a colon ("Summary posted: …", "Story
 * published: …", "Page last updated: …"). Only with the colon: "Officials posted …" is narration.
 */
const LABEL_AFTER_WORD = new RegExp(
  String.raw`^[\s|•·*>»([–—-]*[A-Z][a-z]+\s+(${alternatives(
    STAMP_LABELS.filter((l) => !l.strict).map((l) => l.words),
  )})(?=\s*:)`,
  "i",
);

/** "Published time:": what the label names, then its colon (stamps.json `labelNouns`). */
const LABEL_NOUN = new RegExp(String.raw`^\s*(?:${alternatives(STAMP_LABEL_NOUNS)})\s*:`, "i");

/** A label after what it stamps, colon or not ("Page last updated at …": stamps.json stampedThings). */
const LABEL_AFTER_THING = new RegExp(
  String.raw`^[\s|•·*>»([–—-]*(?:${alternatives(STAMPED_THINGS)})\s+(${alternatives(
    STAMP_LABELS.filter((l) => !l.strict).map((l) => l.words),
  )})\b`,
  "i",
);

function labelOf(words: string): StampLabel | undefined {
  const key = words.toLowerCase().replace(/\s+/g, " ");
  return STAMP_LABELS.find((l) => l.words === key);
}

/** The label of a stamp line and where its words end. */
function findLabel(line: string): { label: StampLabel; end: number } | undefined {
  const m =
    // Most lines have no colon; the long alternation is only worth trying on those that do. It
    // goes first: in "Date posted: …" the label is "posted", not the strict "Date".
    (line.includes(":") ? line.match(LABEL_AFTER_WORD) : null) ??
    line.match(LABEL_AT_START) ??
    line.match(LABEL_AFTER_THING) ??
    line.match(LABEL_INSIDE);
  const label = m?.[1] ? labelOf(m[1]) : undefined;
  if (!m || !label) return undefined;
  return { label, end: (m.index ?? 0) + m[0].length };
}

/** Words of a name between a stamp's label and its date ("Posted by Jane Doe at …"). */
const MAX_NAME_WORDS = 6;
/** The same after a label followed by who spoke (`afterNames`): two people with their offices. */
const MAX_SPEAKER_WORDS = 24;
/** Words of a stamp besides the name: its label, date, clock, zone and source. */
const STAMP_OTHER_WORDS = 14;
/** A line that opens with a label followed by who spoke ("Presenter:", "Briefer:"). */
const AFTER_NAMES_START = new RegExp(
  String.raw`^\s*(?:${alternatives(STAMP_LABELS.filter((l) => l.afterNames).map((l) => l.words))})\s*:`,
  "i",
);

/** A line that opens with a label no prose uses (a blog's footer, `anyWords`). */
const ANY_WORDS_START = new RegExp(
  String.raw`^\s*(?:${alternatives(STAMP_LABELS.filter((l) => l.anyWords).map((l) => l.words))})\b`,
  "i",
);
/** The most words such a footer has, with its categories and tags. */
const ANY_WORDS_MAX = 60;

/**
 * A labelled stamp: the label, then (after a colon, "on", a weekday, "by Jane Doe at", "Xinhua |")
 * its date, then at most a clock time, a zone or a source. Narration that starts with a label word
 * ("Updated figures released on …", "Dated March 3, 2012, the letter said …") is not one: nothing
 * but a name may stand before or after the date.
 */
export function readLabelledStamp(
  line: string,
  next?: string,
): { day: string; kind: StampLabel["kind"] } | undefined {
  // Most lines are prose, longer than any stamp: they are let go before the label is sought,
  // unless they open with a label that names its speakers first ("Presenter: …").
  const words = wordCount(line);
  const long = words > MAX_NAME_WORDS + STAMP_OTHER_WORDS;
  if (long && !AFTER_NAMES_START.test(line) && !ANY_WORDS_START.test(line)) return undefined;
  const text = plainNumbers(line);
  const found = findLabel(text);
  if (!found) return undefined;
  if (found.label.anyWords) {
    const date = words <= ANY_WORDS_MAX ? readStampDate(text.slice(found.end)) : undefined;
    return date ? { day: date.day, kind: found.label.kind } : undefined;
  }
  const nameWords = found.label.afterNames ? MAX_SPEAKER_WORDS : MAX_NAME_WORDS;
  if (words > nameWords + STAMP_OTHER_WORDS) return undefined;
  const after = text.slice(found.end);
  let date = readStampDate(after) ?? shortYearDate(after);
  let gap = date ? after.slice(0, date.start) : after;
  // After the date only a clock, a zone, a source ("in The Evening Ledger") or an author ("by
  // admin": user names need no capital) may follow.
  // A full stop may close the line ("This page was last modified on 21 May 2013 at 14:02.").
  const tail = date ? residue(after.slice(date.end)).replace(/\.$/, "") : "";
  const credited = /^(?:in|by|from)\s+/i.test(tail);
  const source = tail.replace(/^(?:in|by|from)\s+/i, "");
  const credit = credited && source.split(" ").length <= 4;
  // "…, updated May 14, 2011 at 9:15 p.m.": a second stamp may follow the first.
  if (tail && !credit && !isNameLike(source, 8) && !readLabelledStamp(tail)) return undefined;
  if (!date && next !== undefined && !residue(gap)) {
    // "Published:" on a line of its own, its date on the next one.
    const below = readStampDate(next);
    if (below && stampShape(next) === "date-line") date = below;
  }
  if (!date) return undefined;
  if (found.label.strict && !/^\s*:/.test(gap) && gap.trim()) return undefined;
  gap = residue(gap.replace(LABEL_NOUN, ""));
  // "Posted by timothy on …": after "by", one word is a user name, which needs no capital.
  if (/^by\s+[\w.-]+$/i.test(gap)) gap = "";
  // "Posted by …", "Posted in World", "Posted to: Military": a writer, or the section it went to.
  gap = gap.replace(/^(?:by|from|in|to)\s+/i, "");
  if (gap && !isNameLike(gap, nameWords)) return undefined;
  return { day: date.day, kind: found.label.kind };
}

const any = (rules: readonly RegExp[], line: string) => rules.some((r) => r.test(line));

/** Longest line that can open readers' comments ("Leave a Reply", "Anonymous said..."). */
const COMMENT_LINE_CHARS = 80;

/**
 * Whether readers' comments begin at this line of the body: a comment section's heading ("3
 * comments:", "Leave a reply") or a commenter's line in the blog form "Anonymous said...". The
 * form with a colon ("Lee says:") is left out here: narration introduces a quotation that way.
 */
export function commentsBegin(line: string): boolean {
  const text = line.trim();
  // Headings and commenters' lines are short; prose is let go at once.
  if (text.length > COMMENT_LINE_CHARS) return false;
  return (
    any(COMMENT_SECTION, text) ||
    (wordCount(text) <= 12 && any(COMMENT_AUTHOR, text) && /(?:\.{2,}|…)$/.test(text))
  );
}

/**
 * Lines whose dates are page chrome: copyright, link-list items, reader comments. Comments run from
 * a comment section's heading ("3 comments:", "Leave a reply") or a commenter's line ("Anonymous
 * said...") at or after `bodyStart` (above the body, "Comments (3)" is a widget) to the end; a
 * commenter's stamp ("… said on June 3, 2013 at 9:41 am") also marks the lines beside it, and a
 * "Reply" link the two lines above it.
 */
export function chromeLines(lines: string[], bodyStart = 0): Set<number> {
  const chrome = new Set<number>();
  const filled = (i: number) => (lines[i] ?? "").trim() !== "";
  const item = (j: number) => filled(j) && LIST_ITEM.test((lines[j] ?? "").trim());
  let inComments = false;
  // A link list's heading above the body ("Related News"): its links and their dates are other
  // pages', up to the next blank line.
  let inLinks = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (i < bodyStart && isLinkListHeading(line)) inLinks = true;
    else if (!line) inLinks = false;
    if (inLinks) chrome.add(i);
    const short = wordCount(line) <= 12;
    if (i >= bodyStart && (any(COMMENT_SECTION, line) || (short && any(COMMENT_AUTHOR, line))))
      inComments = true;
    // "By Jane Doe | The Courier | © August 26, 2013": a byline's dated copyright is its stamp.
    const notice = any(COPYRIGHT, line) && !bylineInParts(line);
    if (inComments || notice) chrome.add(i);
    // A run of two or more list items, with no blank line between them.
    if (item(i) && (item(i - 1) || item(i + 1))) chrome.add(i);
    if (short && any(COMMENT_STAMP, line)) {
      chrome.add(i);
      for (const j of [i - 1, i + 1]) if (filled(j)) chrome.add(j);
    }
    if (any(COMMENT_ACTION, line)) {
      chrome.add(i);
      const above = [i - 1, i - 2, i - 3, i - 4].filter(filled).slice(0, 2);
      for (const j of above) chrome.add(j);
    }
  }
  return chrome;
}

/**
 * A full date right before a dash in the first paragraph's opening words (a dateline set after a
 * byline), its clock and zone too, in brackets or not ("Law360, Chicago (August 29, 2012, 6:02 PM
 * ET) --").
 */
const LEAD_DATELINE = new RegExp(
  String.raw`^.{0,80}?(${FULL_DATE_RE.source.slice(2, -2)})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{1,4})?)?\)?\s*(?:\([^)]{1,30}\)\s*)?(?:--|[–—-])\s`,
);

export interface PublishedInput {
  /** Normalised lines of the page. */
  lines: string[];
  /** Index of the first body line. */
  bodyStart: number;
  /** Lines of the cleaned body (their years judge which dates are plausible). */
  body: string[];
  /** ISO day of a dateline with a full date. */
  datelineDay?: string;
  /** A wire dateline's month and day without a year ("BEIJING, Oct 23 (Reuters) -"). */
  monthDay?: { month: number; day: number };
  /** Date the page markup declared (HTML input). */
  hint?: string;
}

/**
 * The labelled stamps of a line: the line as one stamp, else each part between separators, so
 * "First published: 27 Sep 2012 11:40 | Last updated: 28 Sep 2012" gives both dates.
 */
export function labelledStamps(
  line: string,
  next?: string,
): { day: string; kind: StampLabel["kind"] }[] {
  const whole = readLabelledStamp(line, next);
  if (whole) return [whole];
  if (!/[|·•]/.test(line)) return [];
  const parts = line.split(STAMP_SEPARATOR);
  if (parts.length < 2) return [];
  return parts.flatMap((part) => readLabelledStamp(part) ?? []);
}

/** Every publication date the page offers, in page order. */
export function stampCandidates(input: PublishedInput): StampCandidate[] {
  const { lines, bodyStart } = input;
  const chrome = chromeLines(lines, bodyStart);
  const out: StampCandidate[] = [];
  if (input.datelineDay) out.push({ day: input.datelineDay, source: "dateline", line: bodyStart });
  for (let i = 0; i < lines.length; i++) {
    if (chrome.has(i)) continue;
    const line = lines[i] ?? "";
    const next = lines.slice(i + 1).find((l) => l.trim());
    const labelled = labelledStamps(line, next);
    if (labelled.length) {
      // A reader's save or print stamp is no publication date, nor may the line be read as one.
      // An update stamp under the body (a page footer's "Updated: …") says when the page last
      // changed, which a date line above the body, the day of the text, outranks.
      for (const l of labelled)
        if (l.kind !== "saved")
          out.push({
            day: l.day,
            source: l.kind === "updated" && i > bodyStart ? "updated-below" : l.kind,
            line: i,
          });
      continue;
    }
    if (i >= bodyStart) continue;
    const shape = stampShape(line);
    const date = shape && readStampDate(line);
    if (shape && date) out.push({ day: date.day, source: shape, line: i });
    // Only a line with a yearless weekday date costs the years' search (the body is read for it).
    else if (WEEKDAY_MONTH_DAY.test(line) && !readStampDate(line)) {
      const yearless = yearlessStamp(line, stampYears(input));
      if (yearless) out.push({ ...yearless, line: i });
    } else if (MONTH_DAY_CLOCK.test(line) && !readStampDate(line)) {
      const clocked = clockStampOfServedYear(line, input);
      if (clocked) out.push({ ...clocked, line: i });
    }
  }
  const hint = input.hint?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  if (hint) out.push({ day: hint, source: "hint", line: -1 });
  const lead = (lines[bodyStart] ?? "").match(LEAD_DATELINE);
  const leadDay = lead?.[1] ? readStampDate(lead[1])?.day : undefined;
  if (leadDay && !input.datelineDay) out.push({ day: leadDay, source: "lead", line: bodyStart });
  const signOff = signOffStamp(lines, bodyStart, chrome);
  if (signOff) out.push(signOff);
  return out;
}

/**
 * The stamp some outlets set under a story's last paragraph ("(The Daily Courier) July 10,
 * 2013"): the first date line or dated credit after the last line of prose, unless it is chrome
 * (a comment's or a copyright's date). A date line between paragraphs is a heading, not one.
 */
function signOffStamp(
  lines: string[],
  bodyStart: number,
  chrome: Set<number>,
): StampCandidate | undefined {
  let lastProse = -1;
  for (let i = lines.length - 1; i >= bodyStart; i--)
    if (!chrome.has(i) && isProse(lines[i] ?? "")) {
      lastProse = i;
      break;
    }
  if (lastProse < 0) return undefined;
  for (let i = lastProse + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (chrome.has(i) || !line.trim()) continue;
    const date = stampShape(line) ? readStampDate(line) : undefined;
    if (date) return { day: date.day, source: "sign-off", line: i };
    // A story may end on a sentence too short to count as prose ("The talks ran long.").
    if (!endsLikeSentence(line.trim()) || line.trim().endsWith(":")) return undefined;
  }
  return undefined;
}

/** "Tue Jan 11, 9:52 am ET": a weekday, a month and a day, with no year after them. */
const WEEKDAY_MONTH_DAY = new RegExp(
  String.raw`\b(${alternatives(WEEKDAYS)})\.?,?\s+(${Object.keys(MONTHS).join("|")})\.?\s+(\d{1,2})\b(?!,?\s*(?:19|20)\d{2})`,
  "i",
);

/** How many years back from the page's own year a yearless weekday stamp is looked for. */
const WEEKDAY_YEARS_BACK = 6;

/** A weekday's name or abbreviation as `Date.getUTCDay` counts it (Sunday 0). */
function weekdayNumber(name: string): number {
  // calendar.json lists the days from Monday.
  const index = CALENDAR_WEEKDAYS.findIndex((d) =>
    d.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()),
  );
  return index < 0 ? -1 : (index + 1) % 7;
}

/**
 * A stamp line with a weekday, month and day but no year ("By … – Tue Jan 11, 9:52 am ET"): the
 * first of `years` in which that day falls on that weekday, as the line with the year put in
 * would be read.
 */
function yearlessStamp(line: string, years: number[]): StampCandidate | undefined {
  const m = WEEKDAY_MONTH_DAY.exec(line);
  if (!m) return undefined;
  const weekday = weekdayNumber(m[1] ?? "");
  const month = MONTHS[(m[2] ?? "").toLowerCase()] ?? 0;
  const day = Number(m[3]);
  for (const y of years) {
    const date = noonUtc(y, month, day);
    if (date.getUTCMonth() + 1 !== month || date.getUTCDay() !== weekday) continue;
    const at = (m.index ?? 0) + m[0].length;
    const withYear = `${line.slice(0, at)}, ${y}${line.slice(at)}`;
    // "Updated: Tuesday, February 14, 9:47 PM": a labelled stamp is read as its label says.
    const labelled = readLabelledStamp(withYear);
    if (labelled)
      return labelled.kind === "saved"
        ? undefined
        : { day: labelled.day, source: labelled.kind, line: -1 };
    const shape = stampShape(withYear);
    return shape ? { day: isoDay(date), source: shape, line: -1 } : undefined;
  }
  return undefined;
}

/** "Jun 1, 3:12 AM EDT": a month, a day and a clock, with no weekday and no year. */
const MONTH_DAY_CLOCK = new RegExp(
  String.raw`^\s*(${Object.keys(MONTHS).join("|")})\.?\s+(\d{1,2}),?(?=\s+\d{1,2}:\d{2})`,
  "i",
);

/**
 * A date line of a month, a day and a clock with no year ("Jun 1, 3:12 AM EDT"): with no weekday
 * to check a year against, it is of the page's copyright year only when that is also the latest
 * year the body names, two sources agreeing.
 */
function clockStampOfServedYear(
  line: string,
  input: PublishedInput,
): Omit<StampCandidate, "line"> | undefined {
  const m = MONTH_DAY_CLOCK.exec(line);
  const served = copyrightYear(input.lines);
  if (!m || served === undefined || latestBodyYear(input.body) !== served) return undefined;
  const withYear = `${m[1]} ${m[2]}, ${served}${line.slice(m[0].length)}`;
  const shape = stampShape(withYear);
  const date = shape && readStampDate(withYear);
  return shape && date ? { day: date.day, source: shape } : undefined;
}

/** The latest year named (full dates and bare years) on the lines that are, or are not, copyright notices. */
function latestYear(lines: string[], copyright: boolean): number | undefined {
  let latest: number | undefined;
  for (const line of lines) {
    if (any(COPYRIGHT, line) !== copyright) continue;
    for (const y of findYears(line)) latest = Math.max(latest ?? y.year, y.year);
  }
  return latest;
}

/** The latest year the body names (full dates and bare years), if any. */
export function latestBodyYear(body: string[]): number | undefined {
  return latestYear(body, false);
}

/**
 * The most reliable candidate (SOURCE_ORDER; within a source the first in the page, except bare
 * date lines, where the one nearest the body wins), after dropping candidates far later than
 * anything the body names when another one fits.
 */
export function pickPublished(
  candidates: StampCandidate[],
  body: string[],
): StampCandidate | undefined {
  const latest = latestBodyYear(body);
  const fits = (c: StampCandidate) =>
    latest === undefined || Number(c.day.slice(0, 4)) <= latest + PLAUSIBLE_YEARS_AFTER;
  const plausible = candidates.filter(fits);
  // With nothing that fits, the body only names older years ("Nixon's trip in 1972"): all stay.
  const pool = plausible.length ? plausible : candidates;
  const rank = (c: StampCandidate) => SOURCE_ORDER.indexOf(c.source);
  return [...pool].sort(
    (a, b) => rank(a) - rank(b) || (a.source === "date-line" ? b.line - a.line : a.line - b.line),
  )[0];
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

/** Every full date of a text (FULL_DATE_RE, global). */
const FULL_DATE_ALL = new RegExp(FULL_DATE_RE.source, "g");

/** The latest full date the body names ("June 8, 2013"), for a wire dateline's missing year. */
function latestBodyDay(body: string[]): string | undefined {
  let latest: string | undefined;
  for (const line of body)
    for (const m of plainNumbers(line).matchAll(FULL_DATE_ALL)) {
      const day = readFullDate(m);
      if (day && (!latest || day > latest)) latest = day;
    }
  return latest;
}

/** The article's publication day, or undefined when the page states none. */
export function findPublished(input: PublishedInput): string | undefined {
  const best = pickPublished(stampCandidates(input), input.body);
  if (input.monthDay && !input.datelineDay) {
    // A wire dateline gives the story's own day without a year ("WASHINGTON, July 8 (Xinhua)");
    // the page's stamp (often the next day in Beijing), else the body's dates, give the year.
    // A day the body tells of as done (a caption's, a past talk's) came before the story: the
    // dateline's is the first one on or after it, though the other year's may be nearer.
    const told = best ? undefined : latestBodyDay(input.body.filter((l) => !isScheduled(l)));
    if (told) return firstOnOrAfter(told, input.monthDay.month, input.monthDay.day);
    const near = best?.day ?? latestBodyDay(input.body);
    if (near) return closestWithYear(near, input.monthDay.month, input.monthDay.day);
    // Else a reader's save or print stamp: the page was out by then, so the dateline's day is the
    // last one on or before it ("BEIJING, Sept. 18 Kyodo" printed 2013/01/07: 2012-09-18).
    const saved = savedDay(input);
    if (saved) return lastOnOrBefore(saved, input.monthDay.month, input.monthDay.day);
  }
  const line = best && best.line >= 0 ? input.lines[best.line] : undefined;
  if (!best || !line) return best?.day;
  return (
    orderedByNote(line, best.day, input.lines) ??
    orderedByWeekday(line, best.day) ??
    orderedByZone(line, best.day) ??
    orderedByWrittenDate(line, best.day, input.lines) ??
    orderedByPage(line, best.day, input.lines) ??
    orderedByBody(line, best.day, input.body)
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

/** A weekday's name anywhere in a line ("Date: 04/03/2013 (Monday)"). */
const WEEKDAY_NAME = new RegExp(String.raw`\b(${alternatives(WEEKDAYS)})\b`, "i");

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
      [...plainNumbers(l).matchAll(FULL_DATE_ALL)]
        .filter((m) => /\p{L}/u.test(m[0]))
        .map((m) => readFullDate(m)),
    ),
  );
  if (written.has(day) === written.has(either.swapped)) return undefined;
  return written.has(day) ? day : either.swapped;
}

/** "09.07.2013", "09/07/2013": two numbers either of which could be the month. */
const EITHER_ORDER = /\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})\b/;

/** A stamp's numeric date with a four- or a two-digit year ("Posted 09/07/13"). */
const STAMP_EITHER_ORDER = /\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)?\d{2})\b/;

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
    for (const m of line.matchAll(EITHER_ORDER_ALL)) {
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
      [...l.matchAll(BODY_MONTH_DAY)].map((x) => MONTHS[(x[1] ?? x[2] ?? "").toLowerCase()]),
    ),
  );
  const month = (d: string) => Number(d.slice(5, 7));
  return named.has(month(swapped)) && !named.has(month(day)) ? swapped : day;
}

/**
 * The years a yearless stamp may be of, likeliest first: a print or save stamp's year and those
 * before it (the page was out by then); else the page's copyright year and those before it, when
 * the body names none later (a site's footer is of the year the page was served, so not earlier
 * than the story, while the body may name only years long past); else the body's latest year, the
 * one after it and those before it.
 */
function stampYears(input: PublishedInput): number[] {
  const back = (year: number) => Array.from({ length: WEEKDAY_YEARS_BACK + 1 }, (_, i) => year - i);
  const saved = savedDay(input);
  if (saved) return back(Number(saved.slice(0, 4)));
  const latest = latestBodyYear(input.body);
  const served = copyrightYear(input.lines);
  if (served !== undefined && (latest === undefined || served >= latest)) return back(served);
  if (latest === undefined) return [];
  return [latest, latest + 1, ...back(latest).slice(1)];
}

/** The latest year a copyright notice of the page names ("© 2012 The Daily Courier"), if any. */
function copyrightYear(lines: string[]): number | undefined {
  return latestYear(lines, true);
}

/** The first save or print stamp above the body ("Printed: 2013/01/07 11:42 JST"), if any. */
function savedDay(input: PublishedInput): string | undefined {
  for (const line of input.lines.slice(0, input.bodyStart))
    for (const l of labelledStamps(line)) if (l.kind === "saved") return l.day;
  return undefined;
}

/** The last day of `month` and `day` on or before `bound` (an ISO day). */
export function lastOnOrBefore(bound: string, month: number, day: number): string {
  const y = Number(bound.slice(0, 4));
  const same = isoDay(noonUtc(y, month, day));
  return same <= bound ? same : isoDay(noonUtc(y - 1, month, day));
}

/**
 * For an article with no publication date: the latest day the body names in full, else New
 * Year's Day of the latest year it names. Only explicitly dated events are kept for such an
 * article; this day decides which of them are still to come.
 */
export function latestNamedDay(body: string[]): string | undefined {
  const day = latestBodyDay(body);
  if (day) return day;
  const year = latestBodyYear(body);
  return year === undefined ? undefined : `${year}-01-01`;
}
