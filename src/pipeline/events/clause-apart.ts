import type { EventDraft, TimeMention, TriggerHit } from "../types.ts";
import { interval } from "../util/dates.ts";
import { ACT_RANK } from "./ranks.ts";

/** Whether every one of `dates` falls wholly outside the days of the occasion `other`. */
export function datesApartFrom(other: EventDraft, dates: readonly TimeMention[]): boolean {
  const [lo, hi] = interval(other.date.value, other.date.precision, other.date.end);
  return dates.every((d) => {
    const [a, b] = interval(d.value, d.precision, d.endValue);
    return b < lo || a > hi;
  });
}

/**
 * "The talks will pursue the goals the two leaders set when they met in Seoul last month": a
 * sentence that goes on about an occasion already reported, dated only by another time,
 * tells in its subordinate clause an act of that time, a happening told in passing (ANNOTATION.md).
 * The acts of such clauses, when no date of the sentence falls in the reported occasion's.
 */
export function clauseActsApart(
  other: EventDraft,
  dates: TimeMention[],
  triggers: TriggerHit[],
): TriggerHit[] {
  if (!dates.length || !datesApartFrom(other, dates)) return [];
  return triggers.filter((h) => !h.reference && !h.inQuote && (h.clauseRank ?? 0) >= ACT_RANK);
}
