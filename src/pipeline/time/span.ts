import type { TimeMention } from "../types.ts";
import { addDays, fromIso, isoDay } from "../util/dates.ts";

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** "two days of talks", "a three-day visit", "2-day meeting": an occasion that lasts N days. */
const LENGTH = /\b(two|three|four|five|six|seven|[2-7])(?:\s+days\s+of\b|-day\b)/gi;

/** Words that make the named day the last of the span ("wrapped up two days of talks Thursday"). */
const CLOSING =
  /\b(?:ended|ends|concluded|concludes|wrapped up|wraps up|closed|closes|capped|finished|after)\b/i;

/** Longest gap (characters) between the length words and the day they qualify. */
const NEAR = 60;

/**
 * "held two days of talks on Thursday", "a three-day visit starting Sunday": the day named right
 * after the length opens the span (closes it after "wrapped up"/"ended"), so the event gets both
 * ends. Only a day without an end of its own is widened, and only the one nearest the words.
 */
export function applySpans(sentence: string, sentenceStart: number, times: TimeMention[]): void {
  for (const m of sentence.matchAll(LENGTH)) {
    const word = (m[1] ?? "").toLowerCase();
    const days = COUNTS[word] ?? Number(word);
    const at = sentenceStart + (m.index ?? 0);
    const after = at + m[0].length;
    const near = times
      .filter((t) => t.precision === "day" && !t.endValue)
      // Only a day after the length words dates the occasion itself: in "arrived on Sunday for a
      // four-day visit" Sunday dates the arrival, one day of the visit.
      .map((t) => ({ t, gap: t.start - after }))
      .filter((x) => x.gap >= 0 && x.gap <= NEAR)
      .sort((a, b) => a.gap - b.gap)[0];
    if (!near) continue;
    const t = near.t;
    // The verb sits before the length words: "wrapped up two days of talks on Thursday".
    const lead = sentence.slice(Math.max(0, at - sentenceStart - 40), t.end - sentenceStart);
    if (CLOSING.test(lead)) {
      t.endValue = t.value;
      t.value = isoDay(addDays(fromIso(t.value), 1 - days));
    } else {
      t.endValue = isoDay(addDays(fromIso(t.value), days - 1));
    }
  }
}
