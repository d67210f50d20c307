import type { ActorMention, EventDraft, Sentence, TimeMention } from "../types.ts";
import { DEFINITE_OCCASION } from "../lexicon/triggers.ts";
import { matchesOf } from "../util/matches.ts";
import { datesApartFrom } from "./clause-apart.ts";

/** "… with Premier Wen": the occasion's counterpart, named after it with a capital. */
const WITH_SOMEONE = /^\s+with\s+(?:the\s+)?\p{Lu}/u;

/**
 * "The talks with Premier Wen two days later went further": a sentence that opens with a
 * definite occasion naming someone it was held with, who had no part in the occasion
 * reported before (`other`), on dates all apart from that occasion's, tells a new occasion, not
 * the one already reported.
 */
export function opensWithNewCounterpart(
  s: Sentence,
  other: EventDraft,
  dates: readonly TimeMention[],
  actors: readonly ActorMention[],
): boolean {
  const [first] = matchesOf(s.text, DEFINITE_OCCASION);
  if (!first || first.index !== 0 || !dates.length) return false;
  const after = first[0].length;
  if (!WITH_SOMEONE.test(s.text.slice(after))) return false;
  const named = actors.find((a) => a.start >= s.start + after);
  if (!named || other.actors.some((a) => a.key === named.key)) return false;
  return datesApartFrom(other, dates);
}
