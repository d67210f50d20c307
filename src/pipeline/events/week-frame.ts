import type { Sentence, TimeMention } from "../types.ts";
import { interval } from "../util/dates.ts";

/**
 * A week told as a span ("earlier in the week", "this week", "last week", "next week"): no day of
 * its own. The weekdays told after "last week" or "next week" are that week's (named-week.ts).
 */
const WEEK_WORDS = /\b(?:in the|this|last|next)\s+week\b/i;

/** Only an adverb before an opening date ("Earlier in the week he …", "Last week, …"). */
const OPENS_SENTENCE = /^\s*(?:(?:earlier|later)\s+)?$/i;

/**
 * "Earlier in the week the admiral met Fang on Monday and toured a shipyard on Tuesday": a week
 * that opens the sentence and holds every later date of it, two days or more, only frames those
 * days. The contract has no week precision, so the week is read as a month; kept, it would take
 * the first act as its own and the days would each lose theirs. The dates of the sentence less
 * such a frame.
 */
export function withoutWeekFrame(s: Sentence, dates: TimeMention[]): TimeMention[] {
  const [first, ...rest] = dates;
  // Two days or more: one day after a week may be the day the act was told ("…, officials said
  // on Friday"), not one of the week's acts.
  if (!first || rest.length < 2 || !WEEK_WORDS.test(first.text)) return dates;
  if (!OPENS_SENTENCE.test(s.text.slice(0, first.start - s.start))) return dates;
  const [from, to] = interval(first.value, first.precision, first.endValue);
  const held = rest.every(
    (d) => d.precision === "day" && d.inQuote === first.inQuote && d.value >= from && d.value <= to,
  );
  return held ? rest : dates;
}
