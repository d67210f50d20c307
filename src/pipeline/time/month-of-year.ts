import type { TimeMention } from "../types.ts";
import { joinAdjacent } from "./join-adjacent.ts";
import { MONTH_PARTS, MONTH_WORD } from "../lexicon/calendar.ts";
import { LIST_ITEM, POST_NUMBER } from "../lexicon/stamps.ts";

/**
 * A year named relative to the reference ("last year", "this year", "next year") or to the date
 * told before ("that year", "the same year").
 */
const RELATIVE_YEAR =
  /^(?:last|this|next|the previous|the past|the following|the coming|that|that same|the same)\s+year$/i;
/** What may stand between a month and its year: nothing, or "of" ("in May of last year"). */
const MONTH_YEAR_GAP = /^\s*(?:of\s+)?$/i;

/** A year written in digits. */
export const DIGIT_YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * A month, or a day or span of days of a named month, written without its year and followed by
 * `gap` and then a year: the year may be its own ("May of that year", "on May 4 this year",
 * "January 9 to 12 last year"). Such a date is not the one "that year" repeats.
 */
export function awaitsItsYear(date: TimeMention, gap: string): boolean {
  if (!MONTH_YEAR_GAP.test(gap) || DIGIT_YEAR.test(date.text)) return false;
  if (date.precision === "month") return !date.endValue && !/\d/.test(date.text);
  return (
    date.precision === "day" &&
    MONTH_NAME.test(date.text) &&
    (!date.endValue || date.endValue.slice(0, 4) === date.value.slice(0, 4))
  );
}

/**
 * "in January last year", "in May of this year", "on May 4 that year": a month or day named
 * without its year and a relative year right after it are one date, in that year. Read apart, the
 * date would take the reference's year and the year would be a second, coarser date.
 */
export function joinMonthWithYear(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): TimeMention[] {
  return joinAdjacent(sentence, sentenceStart, times, (date, year, gap) => {
    if (!awaitsItsYear(date, gap)) return undefined;
    if (year.precision !== "year" || !RELATIVE_YEAR.test(year.text.trim())) return undefined;
    return {
      ...inYear(date, year.value.slice(0, 4)),
      basis: year.basis,
      // "this year" keeps the date's own tense; another year is wholly past or to come.
      future: /^this\b/i.test(year.text.trim()) ? date.future : year.future,
    };
  });
}

/** A month's name: a weekday or "yesterday" is counted from the reference, not placed in a year. */
export const MONTH_NAME = new RegExp(String.raw`\b${MONTH_WORD}\b`, "i");

/** A date put in another year, its end too (a month, a day or a span of days of that year). */
export const inYear = (t: TimeMention, year: string): TimeMention => ({
  ...t,
  value: `${year}${t.value.slice(4)}`,
  ...(t.endValue ? { endValue: `${year}${t.endValue.slice(4)}` } : {}),
});

/** A possessive's ending right after a date ("last year's …"). */
const POSSESSIVE_AFTER = /^['’]s\s/;

/** "In 2012, …", "During 2011, …": a year that opens the sentence and frames what follows. */
const OPENING_YEAR = /^\s*(?:in|during|throughout|over)\s+$/i;

/** The year a date frames for the months named after it without one, from its month on. */
export interface YearFrame {
  year: string;
  fromMonth: string;
  future: boolean;
}

/**
 * The year a date that opens the sentence frames: "In 2012, …" (a year and its comma), "In May
 * 2011 …" (a month and its year, with or without a comma) or "Last year's …" (a relative year
 * that owns the sentence's subject). Undefined when the sentence opens otherwise.
 */
function openingFrame(
  sentence: string,
  sentenceStart: number,
  first: TimeMention | undefined,
): YearFrame | undefined {
  if (!first) return undefined;
  const text = first.text.trim();
  const year = first.value.slice(0, 4);
  // "Last year's round, held in May, …": the year owns what the sentence opens with.
  if (
    first.precision === "year" &&
    RELATIVE_YEAR.test(text) &&
    !sentence.slice(0, first.start - sentenceStart).trim() &&
    POSSESSIVE_AFTER.test(sentence.slice(first.end - sentenceStart))
  )
    return { year, fromMonth: "01", future: first.future };
  if (!OPENING_YEAR.test(sentence.slice(0, first.start - sentenceStart))) return undefined;
  if (first.precision === "year" && /^(?:19|20)\d{2}$/.test(text))
    return /^\s*,/.test(sentence.slice(first.end - sentenceStart))
      ? { year, fromMonth: "01", future: first.future }
      : undefined;
  if (
    first.precision === "month" &&
    !first.endValue &&
    MONTH_NAME.test(text) &&
    DIGIT_YEAR.test(text)
  )
    return { year, fromMonth: first.value.slice(5, 7), future: first.future };
  return undefined;
}

/** What follows a chronology's entry date: a dash or a colon ("MAY 2011 - …", "2012: …"). */
const ENTRY_AFTER = /^\s*(?:--|[-–—:])/;

/** A part of the month ending the words before an entry's date ("Early" of "Early June 2011"). */
const MONTH_PART_LAST = new RegExp(String.raw`(?:^|\s+)(?:${MONTH_PARTS})-?$`, "i");

/**
 * The year a chronology's entry frames for the rest of its paragraph ("* MAY 2011 - Chen is hosted
 * at the Pentagon. Mullen pays a return visit in July."): the entry's date, stated with its year,
 * opens the paragraph's first sentence and is set off by a dash or a colon.
 */
export function entryFrame(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): YearFrame | undefined {
  const [first] = times;
  if (!first || first.basis !== "explicit" || first.endValue) return undefined;
  if (!opensEntry(sentence, sentenceStart, times)) return undefined;
  const fromMonth = first.precision === "year" ? "01" : first.value.slice(5, 7);
  return { year: first.value.slice(0, 4), fromMonth, future: first.future };
}

/**
 * Whether a sentence opens a chronology's entry with its first date, with its year or without
 * ("Sept. 4 — The envoy lands in the capital."): before the date nothing, one bullet of a list
 * item (stamps.json listItem) or a thread's post number ("3/", stamps.json postNumber), then a
 * part of the month ("Early June 2011: …"); after it a dash or a colon. The date may be a range
 * of days ("3-4 May: …").
 */
export function opensEntry(sentence: string, sentenceStart: number, times: TimeMention[]): boolean {
  const [first] = times;
  if (!first || first.inQuote) return false;
  const lead = sentence
    .slice(0, first.start - sentenceStart)
    .trim()
    .replace(MONTH_PART_LAST, "");
  const bulleted =
    (lead.length === 1 && LIST_ITEM.test(`${lead} ${first.text.trim()}`)) || POST_NUMBER.test(lead);
  return (!lead || bulleted) && ENTRY_AFTER.test(sentence.slice(first.end - sentenceStart));
}

/**
 * Months and days named without a year, from the frame's month on, put in the frame's year
 * (`framing`, the date that frames them, left as it is).
 */
export function putInFrame(
  times: TimeMention[],
  frame: YearFrame,
  framing?: TimeMention,
): TimeMention[] {
  const { year } = frame;
  return times.map((t) =>
    t === framing ||
    DIGIT_YEAR.test(t.text) ||
    !MONTH_NAME.test(t.text) ||
    t.basis !== "relative-to-publication" ||
    t.value.slice(5, 7) < frame.fromMonth
      ? t
      : {
          ...inYear(t, year),
          // Read in its own year already, a month keeps its own tense ("2013: August
          // (planned)" in a page of August 2013); moved into another, it takes the frame's.
          future: t.value.startsWith(year) ? t.future || frame.future : frame.future,
        },
  );
}

/**
 * "In 2012, Xi was received at the Pentagon in February, Liang visited in May, …", "In May 2011
 * Chen toured bases, and Mullen visited China in July": months and days named without a year
 * after a date that opens the sentence are that date's year, not the reference's. After an
 * opening month, only months from it on are: "In May 2011 …, and in March" is left to the
 * reference.
 */
export function monthsOfOpeningYear(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): TimeMention[] {
  const [first] = times;
  const frame = openingFrame(sentence, sentenceStart, first);
  return first && frame ? putInFrame(times, frame, first) : times;
}
