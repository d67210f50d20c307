/** Words that put a sentence's event in the future of its reference time. */
const FUTURE =
  /\b(will|won['’]t|shall|is (scheduled|expected|set|due|slated|planned|going) to|are (scheduled|expected|set|due|slated|planned|going) to|plans? to|planning to|intends? to|is to|are to|would (visit|travel|meet|attend|hold)|to (visit|travel|meet|attend|hold) .* next|upcoming|forthcoming|next (week|month|year)|later this (week|month|year)|within the (year|month|week)|looking forward to|look forward to)\b/i;

/** Whether a sentence (or clause) speaks of something still to happen. */
export function isFutureTense(text: string): boolean {
  return FUTURE.test(text);
}
