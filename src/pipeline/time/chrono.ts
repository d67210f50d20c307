import * as chrono from "chrono-node";

/**
 * The chrono parser used for every article: casual English (today, yesterday, last month), with
 * no forward bias, since news reports mostly narrate the past; tense is handled by our resolver.
 */
export const parser = chrono.casual.clone();

/** Parses `text` against `ref` (noon UTC of a day) in UTC. */
export function parseAt(text: string, ref: Date): chrono.ParsedResult[] {
  return parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
}
