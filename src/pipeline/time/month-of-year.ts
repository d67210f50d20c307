import type { TimeMention } from "../types.ts";
import { joinAdjacent } from "./join-adjacent.ts";
import { MONTH_WORD } from "../lexicon/calendar.ts";

/**
 * A year named relative to the reference ("last year", "this year", "next year") or to the date
 * told before ("that year", "the same year").
 */
const RELATIVE_YEAR =
  /^(?:last|this|next|the previous|the past|the following|the coming|that|that same|the same)\s+year$/i;
/** What may stand between a month and its year: nothing, or "of" ("in May of last year"). */
const MONTH_YEAR_GAP = /^\s*(?:of\s+)?$/i;

/**
 * A month named without digits, followed by `gap` and then a year: the year may be its own ("May
 * of that year"). Such a month is not the date "that year" repeats.
 */
export function awaitsItsYear(month: TimeMention, gap: string): boolean {
  return (
    month.precision === "month" &&
    !month.endValue &&
    !/\d/.test(month.text) &&
    MONTH_YEAR_GAP.test(gap)
  );
}

/**
 * "in January last year", "in May of this year", "in May of that year": a month named without
 * digits and a relative year right after it are one date, the month of that year. Read apart, the
 * month would take the reference's year and the year would be a second, coarser date.
 */
export function joinMonthWithYear(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): TimeMention[] {
  return joinAdjacent(sentence, sentenceStart, times, (month, year, gap) => {
    if (!awaitsItsYear(month, gap)) return undefined;
    if (year.precision !== "year" || !RELATIVE_YEAR.test(year.text.trim())) return undefined;
    return {
      ...month,
      value: `${year.value.slice(0, 4)}-${month.value.slice(5, 7)}`,
      basis: year.basis,
      // "this year" keeps the month's own tense; another year is wholly past or to come.
      future: /^this\b/i.test(year.text.trim()) ? month.future : year.future,
    };
  });
}

/** A month's name: a weekday or "yesterday" is counted from the reference, not placed in a year. */
const MONTH_NAME = new RegExp(String.raw`\b${MONTH_WORD}\b`, "i");

/** "In 2012, …", "During 2011, …": a year that opens the sentence and frames what follows. */
const OPENING_YEAR = /^\s*(?:in|during|throughout|over)\s+$/i;

/**
 * "In 2012, Xi was received at the Pentagon in February, Liang visited in May, …": months and
 * days named without a year after a year that opens the sentence are that year's, not the
 * reference's.
 */
export function monthsOfOpeningYear(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): TimeMention[] {
  const [first] = times;
  if (
    !first ||
    first.precision !== "year" ||
    !/^(?:19|20)\d{2}$/.test(first.text.trim()) ||
    !OPENING_YEAR.test(sentence.slice(0, first.start - sentenceStart)) ||
    !/^\s*,/.test(sentence.slice(first.end - sentenceStart))
  )
    return times;
  const year = first.value.slice(0, 4);
  return times.map((t) =>
    t === first ||
    /\b(?:19|20)\d{2}\b/.test(t.text) ||
    !MONTH_NAME.test(t.text) ||
    t.basis !== "relative-to-publication"
      ? t
      : {
          ...t,
          value: `${year}${t.value.slice(4)}`,
          ...(t.endValue ? { endValue: `${year}${t.endValue.slice(4)}` } : {}),
          future: first.future,
        },
  );
}
