import type { ParsedResult } from "chrono-node";
import * as en from "chrono-node/en";

/**
 * The chrono parser used for every article: casual English (today, yesterday, last month), with
 * no forward bias, since news reports mostly narrate the past; tense is handled by our resolver.
 * Only the English locale is loaded: the full package loads a dozen locales and triples start-up.
 */
export const parser = en.casual.clone();
// "N units later" is never a date for us (time/negatives.ts) and "N units ago" is read by
// time/ago.ts; both chrono parsers carry very large patterns that dominate a run's start-up.
parser.parsers = parser.parsers.filter(
  (p) => !/^ENTimeUnit(Ago|Later)FormatParser$/.test(p.constructor.name),
);

/** Words without which chrono cannot find anything: lets most sentences skip the parser. */
const MAYBE_TEMPORAL = new RegExp(
  [
    String.raw`\d`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b`,
    String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december)\b`,
    String.raw`\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\bwednesday\b|\bsaturday\b|\bthursday\b|\btuesday\b`,
    String.raw`\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|noon|midnight|weekend|weeks?|months?|years?|days?|decades?|ago)\b`,
  ].join("|"),
  "i",
);

/** Parses `text` against `ref` (noon UTC of a day) in UTC. */
export function parseAt(text: string, ref: Date): ParsedResult[] {
  if (!MAYBE_TEMPORAL.test(text)) return [];
  return parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
}
