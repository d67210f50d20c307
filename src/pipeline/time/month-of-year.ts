import type { TimeMention } from "../types.ts";

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
  const out: TimeMention[] = [];
  for (const t of times) {
    const month = out.at(-1);
    const gap = month
      ? sentence.slice(month.end - sentenceStart, t.start - sentenceStart)
      : undefined;
    if (
      month &&
      gap !== undefined &&
      month.precision === "month" &&
      !month.endValue &&
      !/\d/.test(month.text) &&
      t.precision === "year" &&
      RELATIVE_YEAR.test(t.text.trim()) &&
      month.inQuote === t.inQuote &&
      MONTH_YEAR_GAP.test(gap)
    ) {
      out[out.length - 1] = {
        ...month,
        end: t.end,
        text: sentence.slice(month.start - sentenceStart, t.end - sentenceStart),
        value: `${t.value.slice(0, 4)}-${month.value.slice(5, 7)}`,
        basis: t.basis,
        // "this year" keeps the month's own tense; another year is wholly past or to come.
        future: /^this\b/i.test(t.text.trim()) ? month.future : t.future,
      };
      continue;
    }
    out.push(t);
  }
  return out;
}
