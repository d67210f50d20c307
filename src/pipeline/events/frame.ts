import { FRAMING_VERBS, SIMULTANEOUS } from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { ACT_RANK } from "./ranks.ts";

/**
 * A sentence that opens with an occasion already told and sets it at the moment of another act
 * (calendar.json `framingVerbs` and `simultaneous`): "The exercise came as the minister arrived
 * in the capital", "The talks took place while the carrier sailed".
 */
const OPENS_WITH_FRAME = new RegExp(
  String.raw`^(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:${anyOf(Object.keys(NOUN_FAMILY))})\s+` +
    String.raw`(?:${anyOf(FRAMING_VERBS)})\s+(?:${anyOf(SIMULTANEOUS)})\s+`,
  "i",
);

/**
 * Where the clause of the other act begins, when the sentence opens with an occasion framing it
 * and that clause holds an act of its own: the frame adds to the occasion told before, the
 * clause is a happening of its own.
 */
export function framedActStart(s: Sentence, triggers: TriggerHit[]): number | undefined {
  const m = OPENS_WITH_FRAME.exec(s.text);
  if (!m) return undefined;
  const at = s.start + m[0].length;
  const act = triggers.some(
    (h) => !h.reference && !h.inQuote && h.rank >= ACT_RANK && h.start >= at,
  );
  return act ? at : undefined;
}
