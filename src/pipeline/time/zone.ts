import { addDays } from "../util/dates.ts";

/** A place's clock named after a date: "… Monday morning Beijing time", "…, local time". */
export const ZONED_AFTER = /^,?\s+(?:\p{Lu}\p{Ll}+|local)\s+time\b/u;

/**
 * "Seoul reported early Friday, Tokyo time, that …" in a story of Thursday: a weekday told
 * by a clock ahead of the story's is the day after it, not a week back, though told in the past.
 * Another place's clock is at most a day off the story's; a day behind is the past's own reading.
 */
export function zonedNextDay(date: Date, ref: Date, after: string): Date {
  const next = addDays(ref, 1);
  return ZONED_AFTER.test(after) && date < ref && next.getUTCDay() === date.getUTCDay()
    ? next
    : date;
}
