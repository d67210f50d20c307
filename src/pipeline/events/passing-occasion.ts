import type { Sentence, TimeMention, TriggerHit } from "../types.ts";

/** Words between an occasion's noun and its date: its place, its people, no clause break. */
const NOUN_TO_DATE = /^[^,;:.]{0,60}?\s(?:on|in|at|during|from|of)?\s*$/i;

/**
 * The same words closed by a comma before a date that ends the sentence, as a photo's caption
 * dates what it shows: "… before their talks in the capital, Friday, May 4, 2012."
 */
const NOUN_TO_CLOSING_DATE = /^[^,;:.]{0,60}?,\s*$/;

/** Nothing but a full stop (and closing marks) after a date that ends its sentence. */
const ENDS_SENTENCE = /^[\s.)\]"”’]*$/;

/** "since" opening the phrase an occasion stands in. */
const SINCE_BEFORE = /\bsince\b[^,;]*$/i;

/**
 * "Chen spoke after talks in Beijing on Monday with Mullen": in a sentence that tells no act of
 * its own, an occasion it refers to with a date standing in the occasion's own phrase, or closing
 * the sentence after a comma as a caption's date does, is told in passing, an event of that date
 * (ANNOTATION.md). The occasion, as the sentence's act, if any.
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
    const dated = dates.some((d) => {
      if (d.start < end) return false;
      const between = s.text.slice(end - s.start, d.start - s.start);
      if (NOUN_TO_DATE.test(between)) return true;
      const closing = d.basis === "explicit" && ENDS_SENTENCE.test(s.text.slice(d.end - s.start));
      return closing && NOUN_TO_CLOSING_DATE.test(between);
    });
    if (dated) return { ...h, reference: false, rank: h.clauseRank ?? h.rank };
  }
  return undefined;
}
