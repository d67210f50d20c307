import type { EventDraft, Sentence } from "../types.ts";
import { ENCOUNTER_FAMILIES } from "../lexicon/occasions.ts";
import { familiesOf } from "./attach.ts";

/**
 * "X led the American side, and the Chinese delegation was headed by Y": a sentence naming who
 * led each side of talks just reported names their participants.
 */
const LEADS_A_SIDE =
  /\b(?:lead|led|leads|head|heads|headed)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.]+\s+){0,2}?(?:side|delegation|team)s?\b|\b(?:side|delegation|team)s?\s+(?:was|is|were|are|will be)\s+(?:led|headed)\s+by\b/i;

/** Sentences back an occasion may be reported and still be the one whose sides are led. */
const NEAR = 2;

/** Further back, an occasion told by its sides alone ("officials of the two countries met"). */
const NEAR_UNNAMED = 4;

/**
 * The meeting or visit just reported whose delegations the sentence names the leaders of: the
 * latest that names no one within a few sentences (the leaders are who it lacked), else the latest.
 */
export function ledOccasion(
  events: EventDraft[],
  s: Sentence,
  narration: string,
): EventDraft | undefined {
  if (!LEADS_A_SIDE.test(narration)) return undefined;
  const within = (e: EventDraft, near: number) =>
    e.sentenceIdx.some((i) => i < s.index && s.index - i <= near) &&
    [...familiesOf(e)].some((f) => ENCOUNTER_FAMILIES.has(f));
  const latest = [...events].reverse();
  return (
    latest.find((e) => within(e, NEAR_UNNAMED) && !e.actors.length) ??
    latest.find((e) => within(e, NEAR))
  );
}
