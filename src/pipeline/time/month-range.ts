import type { TimeMention } from "../types.ts";
import { joinAdjacent } from "./join-adjacent.ts";

/** What joins a range's two months: "and" after "between", "to" or "through" after "from", a dash. */
const JOINT = /^\s*(?:and|to|until|till|through|[-–—])\s*$/i;
/** The word that opens a range before its first month. */
const OPENS_RANGE = /\b(?:between|from)\s+$/i;

/**
 * "between April and July 2012", "from April to July 2012", "April–July 2012": a month with no
 * year that opens a range whose last month names one is of that year (the year before when it
 * comes later in the calendar: "from November to February 2012"). The two become one mention,
 * the first month's, as a range of days is dated by its first day; an end is a day in the data,
 * and a month names none. Two months joined by "and" with nothing before them may be two acts
 * ("in March and June 2011"): they stay apart.
 */
export function joinMonthRange(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): TimeMention[] {
  return joinAdjacent(sentence, sentenceStart, times, (first, last, between) => {
    if (first.precision !== "month" || last.precision !== "month") return undefined;
    if (first.basis === "explicit" || last.basis !== "explicit" || !JOINT.test(between))
      return undefined;
    const dash = /[-–—]/.test(between);
    if (!dash && !OPENS_RANGE.test(sentence.slice(0, first.start - sentenceStart)))
      return undefined;
    const month = first.value.slice(5, 7);
    const year = Number(last.value.slice(0, 4)) - (month > last.value.slice(5, 7) ? 1 : 0);
    return { ...first, value: `${year}-${month}`, basis: "explicit", future: last.future };
  });
}
