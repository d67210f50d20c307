import { anyOf } from "../lexicon/compile/patterns.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import type { EventDraft, Sentence, TriggerHit } from "../types.ts";
import { familiesOf } from "./attach.ts";
import { ANNOUNCE_RANK } from "./ranks.ts";

/** "after", "following", then up to two words before an occasion noun, which is captured. */
const AFTER = String.raw`(?:after|following)\s+`;
const NOUN = String.raw`(?:[\w-]+\s+){0,2}?(${anyOf(Object.keys(NOUN_FAMILY))})\b`;
const DETERMINER = String.raw`(?:the|their|its|his|her)\s+`;

/** "after the talks", "following their meeting": an occasion already told, as a moment. */
const AFTER_THE_OCCASION = new RegExp(String.raw`\b${AFTER}${DETERMINER}${NOUN}`, "i");

/** Statements, news conferences, speeches and hearings: occasions of their own (CAMEO 010). */
const STATEMENT_CAMEO = "010";

/**
 * "In a joint statement issued after the talks, the two sides said …", "Speaking at a joint
 * press conference after the talks, Hu said …": an undated sentence whose own act is a statement,
 * a news conference or a speech, set "after" an occasion already told of one day, tells a
 * happening of its own on that day, not more of the occasion. Returns its acts.
 */
export function occasionAfter(
  events: EventDraft[],
  s: Sentence,
  triggers: TriggerHit[],
): { referred: EventDraft; acts: TriggerHit[] } | undefined {
  const m = AFTER_THE_OCCASION.exec(s.text);
  const family = m ? NOUN_FAMILY[(m[1] ?? "").toLowerCase()] : undefined;
  if (!family) return undefined;
  const acts = triggers.filter(
    (h) => !h.reference && !h.inQuote && h.cameo === STATEMENT_CAMEO && h.rank === ANNOUNCE_RANK,
  );
  // The latest such occasion of one day told within the last few sentences.
  const referred = events
    .filter(
      (e) =>
        familiesOf(e).has(family) &&
        e.date.precision === "day" &&
        !e.date.end &&
        e.sentenceIdx.some((i) => i < s.index && s.index - i <= NEAR_SENTENCES),
    )
    .at(-1);
  return referred && acts.length ? { referred, acts } : undefined;
}

/** How many sentences back the occasion may have been told. */
const NEAR_SENTENCES = 4;

/** Right after a telling's date: "after talks at the Pentagon", "following their meeting". */
const THEN_AFTER_OCCASION = new RegExp(String.raw`^\s*,?\s*${AFTER}(?:${DETERMINER})?${NOUN}`, "i");

/**
 * "…, Liang and Panetta announced on Monday after talks at the Pentagon": the occasion noun right
 * after a telling's date, whose day that date gives too. `afterDate` is the text after the date;
 * returns the noun's offset in it.
 */
export function occasionAfterTelling(afterDate: string): number | undefined {
  const m = THEN_AFTER_OCCASION.exec(afterDate);
  return m?.[1] ? m.index + m[0].length - m[1].length : undefined;
}
