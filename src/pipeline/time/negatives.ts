import {
  MONTH_ABBREVIATIONS,
  MONTH_WORD,
  NAMES_AFTER_DATE,
  NAMES_ENDING_IN_MONTH,
  NUMBERED_BEFORE,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
} from "../lexicon/calendar.ts";
import { literal } from "../lexicon/compile/patterns.ts";
import { BUILDING_WORD_AFTER } from "../lexicon/places.ts";

/**
 * Temporal-looking phrases that are not dates: durations, counts and measures. chrono reads
 * "in nine years", "the last 40 years" and "for about an hour" as points in time; for an event
 * timeline they are spans. "for a second time" is a count, read as "a second" by chrono.
 */
const DURATION =
  /^(?:(?:the\s+)?(?:last|past|next|coming|previous|first)\s+|in\s+|within\s+|for\s+|over\s+|after\s+)(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[ -]\w+)?\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|seconds?|centuries)\b/i;

/** Words that chrono reads as the reference instant itself; they name no event day. */
const NOT_A_DATE =
  /^(now|right now|currently|at present|at the moment|in the day|the day|in the time)$/i;

/** "last year", "the past month": a calendar unit counted back from the reference. */
const LAST_SPAN = /^(?:the\s+)?(?:last|past)\s+(?:year|month|week|decade)$/i;

/** "since June, when …": the when-clause may tell what happened then (events/clauses.ts). */
export const SINCE_WHEN = /^,?\s*when\b/i;

/**
 * Capitalised words that lead into a date at a sentence's start ("In May, …", "On Sunday Xi …",
 * "Earlier Wednesday, Chen …").
 */
const DATE_LEADERS =
  /^(?:In|On|At|By|During|Since|Until|Till|From|Through|Last|Next|This|That|Early|Late|Earlier|Later|Mid|Every|Each|After|Before|Then|And|But)$/;

/**
 * "the South China Morning Post", "the Sunday Times": a single day or time-of-day word between two
 * capitalised words belongs to a name ("on Sunday Xi met …" keeps its lower-case "on").
 */
function inProperName(t: string, before: string, after: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(t)) return false;
  const word = /\b([A-Z][\w.&'’-]*)\s+$/.exec(before)?.[1];
  return !!word && !DATE_LEADERS.test(word) && /^\s+[A-Z][a-z]/.test(after);
}

/** A month's abbreviation, with no period. */
const BARE_MONTH_ABBREVIATION = new RegExp(String.raw`^(?:${MONTH_ABBREVIATIONS.join("|")})$`);

/**
 * "said Wang Jun, a scholar", "Jan Roe": a month's abbreviation with no period right after a
 * capitalised word that leads into no date, and no day or year after it, is a given name.
 */
function givenNameLikeMonth(t: string, before: string, after: string): boolean {
  if (!BARE_MONTH_ABBREVIATION.test(t) || /^\s*\d/.test(after)) return false;
  const word = /\b([A-Z][a-z]+)\s+$/.exec(before)?.[1];
  return !!word && !DATE_LEADERS.test(word);
}

/**
 * "he sat down with", "the sun set": a day-name abbreviation in lower case is a word of prose;
 * datelines and stamps print it capitalised ("Sat., June 8").
 */
const LOWER_DAY_ABBREVIATION = new RegExp(
  String.raw`^(?:${WEEKDAY_ABBREVIATIONS.map((w) => w.toLowerCase()).join("|")})$`,
);

/**
 * "Sun will lead the delegation", "Sun Jianguo met …": a capitalised day-name abbreviation with no
 * period, followed by a word that is neither a day of the month nor a month, is a name (a common
 * Chinese surname among them). Stamps and datelines go on with a comma, a period, a number or a
 * month ("Sun, June 8", "Sat 8 June", "Wed Jun 5").
 */
const CAPITAL_DAY_ABBREVIATION = new RegExp(String.raw`^(?:${WEEKDAY_ABBREVIATIONS.join("|")})$`);
const DATE_GOES_ON = new RegExp(String.raw`^(?:\s*[.,:/-]|\s+(?:\d|${MONTH_WORD}\b)|\s*$)`);

/** "… August 17 Communiqué": a capitalised noun right after a date that names something by it. */
const NAME_AFTER_DATE = new RegExp(
  String.raw`^\s+(?:${NAMES_AFTER_DATE.map(literal).join("|")})(?!\p{L})`,
  "u",
);

/**
 * "a step that would have been unthinkable two years ago": the clause of what would have
 * been, had things gone otherwise, up to the date ("would have to" is an obligation, not this).
 */
const COUNTERFACTUAL_BEFORE = /\b(?:would|could|might)(?:\s+not)?\s+have\s+(?!to\b)[^,;.]*$/i;

/** Whether a date after `before` stands in a clause of what would have been. */
export const inCounterfactual = (before: string) => COUNTERFACTUAL_BEFORE.test(before);

/** The words of a name before its month ("Long" of "Long March"), right before the date. */
const NAME_BEFORE_MONTH = new RegExp(
  String.raw`\b(?:${NAMES_ENDING_IN_MONTH.map((n) => literal(n.replace(/\s+\S+$/, ""))).join("|")})\s+$`,
);
/** The month each of those names ends in. */
const MONTH_OF_NAME = new Set(NAMES_ENDING_IN_MONTH.map((n) => n.split(/\s+/).at(-1) ?? ""));

/** A document's numbering word, or its number with an opening bracket, right before a year. */
const NUMBERED = String.raw`(?<![\w.])(?:${NUMBERED_BEFORE.map(literal).join("|")})`;
const NUMBER_BEFORE = new RegExp(String.raw`${NUMBERED}\s*$`, "i");
const NAME_YEAR_BEFORE = new RegExp(String.raw`${NUMBERED}\s*\d{1,5}\s*\(\s*$`, "i");

/**
 * "resolution 2094", "H.R. 2011": a document's number, not a year; "resolution 2087 (2013)": the
 * year its name carries in brackets, not a date of anything the sentence tells.
 */
export function isDocumentNumber(before: string, after: string): boolean {
  return NUMBER_BEFORE.test(before) || (NAME_YEAR_BEFORE.test(before) && /^\s*\)/.test(after));
}

/** A unit right after a number pair, which makes the pair a fraction ("1/2 hours", "3/4 mile"). */
const FRACTION_UNIT_AFTER =
  /^\s+(?:hours?|days?|weeks?|months?|years?|miles?|kilometers?|kilometres?|percent|of\s+(?:an?|the)\b)/i;

/** A weekday's name, alone or with a part of the day ("Monday", "Friday morning"). */
const A_WEEKDAY = new RegExp(
  String.raw`^(?:${WEEKDAYS.join("|")})(?:\s+(?:morning|afternoon|evening|night))?$`,
  "i",
);

/**
 * True when chrono's match `text` (with the words just before and after it) is not a calendar
 * date.
 */
export function isNonDate(text: string, before: string, after = ""): boolean {
  const t = text.trim();
  if (DURATION.test(t)) return true;
  if (/^\d{4}$/.test(t) && isDocumentNumber(before, after)) return true;
  if (inCounterfactual(before)) return true;
  if (LOWER_DAY_ABBREVIATION.test(t)) return true;
  if (CAPITAL_DAY_ABBREVIATION.test(t) && !DATE_GOES_ON.test(after)) return true;
  if (inProperName(t, before, after)) return true;
  if (givenNameLikeMonth(t, before, after)) return true;
  // "a Long March rocket", "the Long March 2F": a name that ends in a month's word.
  if (MONTH_OF_NAME.has(t.split(/\s+/)[0] ?? "") && NAME_BEFORE_MONTH.test(before)) return true;
  // "the Defense Ministry's August 1st Building": a date that opens a building's name.
  if (BUILDING_WORD_AFTER.test(after)) return true;
  // "On Friday, the second day of the talks, …": a day of an occasion, dated by the occasion or
  // by the day it restates, not the day before publication that chrono reads in "last day".
  // So is a day of someone's stay, "On Wednesday, his last day in China, …".
  if (
    /^(?:the\s+)?(?:last|final|first|opening|closing)\s+day$/i.test(t) &&
    (/^\s+of\b/.test(after) || /\b(?:his|her|its|their|our|my|\w+['’]s)\s+$/i.test(before))
  )
    return true;
  // "delayed a ruling, due Friday, on the case": the schedule of the noun before the comma, set off
  // as an aside, not a day the sentence's act was done on ("the report is due Thursday" stays).
  if (/,\s*due\s+(?:on\s+)?$/i.test(before) && /^\s*,/.test(after)) return true;
  // "On March 4, a Monday, …", "it fell on a Friday": a weekday after "a" tells what day of the
  // week some date was, and names no day of its own.
  if (A_WEEKDAY.test(t) && /\b(?:a|an)\s+$/i.test(before)) return true;
  // "the weekend of May 12": the week or weekend is dated by the day named after it.
  if (/^(?:the\s+)?(?:week|weekend)$/i.test(t) && /^\s+of\s+\S/i.test(after)) return true;
  // "the August 17 Communiqué": a document named by the day it was issued, long before.
  if (NAME_AFTER_DATE.test(after)) return true;
  // "since 2007", "since the Sept. 11 attacks": the start of a period, not an event.
  if (/\bsince\s+(the\s+)?$/i.test(before) && !SINCE_WHEN.test(after)) return true;
  // "the councilor, who until March was trade minister": a relative clause's "until" ends
  // an office or a state someone was in, not a day anything was done.
  if (/\b(?:who|which)\s+(?:until|till)\s+$/i.test(before)) return true;
  if (/^(the\s+)?(last|past|next)\s+\d+/i.test(t)) return true;
  // "[2/6] Chen and Mullen review …", "(3/12)": a gallery's or a thread's counter in brackets,
  // the second number no smaller than the first.
  if (isCounter(t, before, after)) return true;
  // "the sailors of Bravo Co., 1/5 reached": a yearless number pair in prose is a unit's or a ratio's,
  // unless a word of a date leads into it ("on 2/28", "Thu 2/28", "by 3/1").
  if (/^\d{1,2}\/\d{1,2}$/.test(t) && before.trim() !== "" && !SLASH_DATE_LEADER.test(before))
    return true;
  // "talked for 2-1/2 hours": a fraction after a whole number and a hyphen, or before a unit.
  if (/^\d{1,2}\/\d{1,2}$/.test(t) && (/\d-$/.test(before) || FRACTION_UNIT_AFTER.test(after)))
    return true;
  // "two years after Gates visited": counted from another event, not from publication.
  if (/\b(years?|months?|weeks?|days?|decades?)\s+(after|before|later|earlier)$/i.test(t))
    return true;
  if (NOT_A_DATE.test(t) && !/\b(earlier|later)\s*$/i.test(before)) return true;
  // "one afternoon, no communiqué", "every morning": a part of a day counted, not a day named
  // ("after a morning of talks" is that day's).
  if (/^(?:morning|afternoon|evening|night)$/i.test(t) && /\b(?:one|every|each)\s*$/i.test(before))
    return true;
  // "on the final morning of the meeting", "the opening evening": a part of an occasion's days,
  // dated by the occasion, not by the article ("the next morning" steps from the day before).
  if (
    /^(?:morning|afternoon|evening|night)$/i.test(t) &&
    /\bthe\s+(?:first|second|third|fourth|final|last|opening|closing)\s*$/i.test(before)
  )
    return true;
  // "the past few years", "in recent months": spans with no single date.
  if (/\b(few|several|recent|coming)\b/i.test(t)) return true;
  // "over the last year and a half", "in the past month": with "the", the span up to now.
  if (LAST_SPAN.test(t) && (/^the\s/i.test(t) || /\bthe\s*$/i.test(before))) return true;
  // "last 40 years" when chrono left out "the"
  if (/^(last|past)\s+\S+\s+(years?|decades?)$/i.test(t) && /\bthe\s*$/i.test(before)) return true;
  return false;
}

/** A span set in double quotation marks, straight or curly. */
const QUOTED = /[“"]([^“”"]{1,120})[”"]/g;
/** The most words of a name set in quotation marks. */
const QUOTED_NAME_MAX_WORDS = 10;
/** The small words a name leaves in lower case ("Harbour Defense in 2012"). */
const NAME_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "in",
  "on",
  "for",
  "to",
  "at",
  "by",
  "with",
  "from",
]);

/** Whether quoted words read as a name: a few words, each capitalised, a number or a small word. */
function readsAsName(words: string): boolean {
  const text = words.trim();
  const tokens = text.split(/\s+/);
  return (
    tokens.length <= QUOTED_NAME_MAX_WORDS &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.!?;]$/.test(text) &&
    tokens.every((t) => /^[\p{Lu}\d'‘(]/u.test(t) || NAME_SMALL_WORDS.has(t.toLowerCase()))
  );
}

/**
 * "released "Harbour Defense in 2012" yesterday": a date inside a name set in quotation
 * marks (a white paper's, a report's, a book's title) names the document, not a day anything
 * was done; a quotation of what someone said is no name and keeps its dates.
 */
export function inQuotedName(sentence: string, start: number, end: number): boolean {
  if (!/["“]/.test(sentence)) return false;
  for (const m of sentence.matchAll(QUOTED)) {
    const from = (m.index ?? 0) + 1;
    const to = from + (m[1]?.length ?? 0);
    if (start >= from && end <= to) return readsAsName(m[1] ?? "");
  }
  return false;
}

/** Words that lead into a yearless date written with a slash. */
const SLASH_DATE_LEADER = new RegExp(
  String.raw`(?:\b(?:on|by|until|till|through|thru|from|since|before|after|of|dated|to|and|due|${WEEKDAY_ABBREVIATIONS.join("|")})\.?|[(\[:—–-])\s*$`,
  "i",
);

/** "[2/6]", "(3/12)": the picture or the post a page is at, out of how many. */
function isCounter(t: string, before: string, after: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  return !!m && /[[(]\s*$/.test(before) && /^\s*[\])]/.test(after) && Number(m[1]) <= Number(m[2]);
}

/** Words after a four-digit number that make it a count or measure, not a year. */
export const COUNT_NOUN =
  /^[\s-]*(foot|feet|ft|meters?|metres?|miles?|km|kilometers?|soldiers|troops|people|personnel|sailors|marines|airmen|ships|vessels|aircraft|planes|missiles|dollars|yuan|tons|tonnes|students|members|units|cases|times|hackers|attacks|computers|jobs|companies|pages|words|employees|officers|delegates|participants|residents|%|percent)\b/i;
