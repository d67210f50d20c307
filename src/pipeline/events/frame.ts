import {
  FRAMING_VERBS,
  SEQUENCED,
  SEQUENCE_MEASURES,
  SEQUENCING_VERBS,
  SIMULTANEOUS,
} from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import type { ActorMention, Sentence, TriggerHit } from "../types.ts";
import { ACT_RANK } from "./ranks.ts";

/**
 * A sentence that opens with an occasion already told and sets it at the moment of another act
 * or before or after it (calendar.json `framingVerbs`, `simultaneous`, `sequenced`,
 * `sequenceMeasures` and `sequencingVerbs`): "The exercise came as the minister arrived in the
 * capital", "The talks took place while the carrier sailed", "The visit comes days ahead of Hu's
 * state visit", "The trip followed the dialogue, held in May".
 */
const OPENS_WITH_FRAME = new RegExp(
  String.raw`^(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:${anyOf(Object.keys(NOUN_FAMILY))})\s+` +
    String.raw`(?:(?:${anyOf(FRAMING_VERBS)})\s+(?:${anyOf(SIMULTANEOUS)}|((?:(?:${anyOf(SEQUENCE_MEASURES)})\s+)?(?:${anyOf(SEQUENCED)})))|(${anyOf(SEQUENCING_VERBS)}))\s+`,
  "i",
);

/**
 * The sentence's triggers from `from` on, with a frame's acts in place of the hits they were read
 * from (framedAct re-ranks them).
 */
export function withFramedActs(
  triggers: TriggerHit[],
  acts: TriggerHit[],
  from = -Infinity,
): TriggerHit[] {
  return [
    ...triggers.filter((t) => t.start >= from && !acts.some((a) => a.start === t.start)),
    ...acts,
  ].sort((a, b) => a.start - b.start);
}

/**
 * Where the clause of the other act begins, when the sentence opens with an occasion framing it
 * and that clause holds an act of its own, and that clause's acts: the frame adds to the
 * occasion told before, the clause is a happening of its own. Set before or after it, the other
 * occasion may be named as one already known ("comes ahead of Hu's state visit"): told with a
 * date of its own, it is an act of the clause too.
 */
export function framedAct(
  s: Sentence,
  triggers: TriggerHit[],
): { at: number; acts: TriggerHit[]; named?: ActorMention[] } | undefined {
  const m = OPENS_WITH_FRAME.exec(s.text);
  if (!m) return undefined;
  const at = s.start + m[0].length;
  const after = triggers.filter((h) => !h.inQuote && h.start >= at);
  // "The talks followed a visit to Beijing in May": a verb that alone sets one occasion after
  // another frames one with a date and a name of its own (its people, or a named occasion: "the
  // Strategic Dialogue"); one that names nobody is more of the occasion the sentence opens with.
  const datedAfter = s.times.some((t) => t.start >= at);
  const ownName =
    (s.actors ?? []).some((a) => a.start >= at) || after.some((h) => /^\p{Lu}/u.test(h.text));
  if (m[2] && !(datedAfter && ownName)) return undefined;
  // "The exercise came days after the admiral met his host": the frame's "after" makes the act
  // subordinate, but it is the clause's own act all the same.
  const acts = after
    .filter((h) => !h.reference && (h.clauseRank ?? h.rank) >= ACT_RANK)
    .map((h) => ({ ...h, rank: h.clauseRank ?? h.rank }));
  if (acts.length) return { at, acts };
  const sequenced = !!(m[1] ?? m[2]) && datedAfter;
  const referred = after
    .filter((h) => h.reference && h.noun)
    .map((h) => ({ ...h, reference: false }));
  if (!sequenced || !referred.length) return undefined;
  // Whoever the occasion is named by ("Premier Li's trip") was left out as only mentioned.
  const last = Math.max(...referred.map((h) => h.start));
  const named = (s.actors ?? []).filter((a) => a.start >= at && a.end <= last);
  return { at, acts: referred, named };
}
