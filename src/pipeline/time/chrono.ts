import type { ParsedResult } from "chrono-node";
import * as en from "chrono-node/en";

/**
 * The chrono parser used for every article: casual English (today, yesterday, last month), with
 * no forward bias, since news reports mostly narrate the past; tense is handled by our resolver.
 * Only the English locale is loaded: the full package loads a dozen locales and triples start-up.
 */
export const parser = en.casual.clone();

/** Words without which chrono cannot find anything: lets most sentences skip the parser. */
const MAYBE_TEMPORAL =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|noon|midnight|week|month|year|day|decade|ago|now|last|next|this|within|later|earlier)/i;

/** Parses `text` against `ref` (noon UTC of a day) in UTC. */
export function parseAt(text: string, ref: Date): ParsedResult[] {
  if (!MAYBE_TEMPORAL.test(text)) return [];
  return parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
}
