import type { TimeMention } from "../types.ts";
import { joinAdjacent } from "./join-adjacent.ts";

/** A year named relative to the reference: "last year", "this year", "next year". */
const RELATIVE_YEAR = /^(?:last|this|next|the previous|the past|the following|the coming)\s+year$/i;
/** What may stand between a month and its year: nothing, or "of" ("in May of last year"). */
const MONTH_YEAR_GAP = /^\s*(?:of\s+)?$/i;

/**
 * "in January last year", "in May of this year": a month named without digits and a relative year
 * right after it are one date, the month of that year. Read apart, the month would take the
 * reference's year and the year would be a second, coarser date.
 */
export function joinMonthWithYear(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): TimeMention[] {
  return joinAdjacent(sentence, sentenceStart, times, (month, year, gap) => {
    if (month.precision !== "month" || month.endValue || /\d/.test(month.text)) return undefined;
    if (year.precision !== "year" || !RELATIVE_YEAR.test(year.text.trim())) return undefined;
    if (!MONTH_YEAR_GAP.test(gap)) return undefined;
    return {
      ...month,
      value: `${year.value.slice(0, 4)}-${month.value.slice(5, 7)}`,
      basis: year.basis,
      // "this year" keeps the month's own tense; another year is wholly past or to come.
      future: /^this\b/i.test(year.text.trim()) ? month.future : year.future,
    };
  });
}
