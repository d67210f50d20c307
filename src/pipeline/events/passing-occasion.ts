import type { Sentence, TimeMention, TriggerHit } from "../types.ts";

/** Words between an occasion's noun and its date: its place, its people, no clause break. */
const NOUN_TO_DATE = /^[^,;:.]{0,60}?\s(?:on|in|at|during|from|of)?\s*$/i;

/** "since" opening the phrase an occasion stands in. */
const SINCE_BEFORE = /\bsince\b[^,;]*$/i;

/**
 * "Chen spoke after talks in Beijing on Monday with Mullen": in a sentence that tells no act of
 * its own, an occasion it refers to with a date standing in the occasion's own phrase is told in
 * passing, an event of that date (ANNOTATION.md). The occasion, as the sentence's act, if any.
 */
export function passingOccasion(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
): TriggerHit | undefined {
  for (const h of triggers) {
    if (!h.reference || !h.noun || h.inQuote) continue;
    // "improved since the talks in April": a since-phrase's occasion starts a period.
    if (SINCE_BEFORE.test(s.text.slice(0, h.start - s.start))) continue;
    const end = h.start + h.text.length;
    const dated = dates.some(
      (d) => d.start >= end && NOUN_TO_DATE.test(s.text.slice(end - s.start, d.start - s.start)),
    );
    if (dated) return { ...h, reference: false, rank: h.clauseRank ?? h.rank };
  }
  return undefined;
}
