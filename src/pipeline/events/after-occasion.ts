import { anyOf } from "../lexicon/compile/patterns.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import type { ActorMention, EventDraft, Sentence, TriggerHit } from "../types.ts";
import { familiesOf, familyOf } from "./attach.ts";
import { ANNOUNCE_RANK } from "./ranks.ts";

/** "after", "following", then up to two words before an occasion noun, which is captured. */
const AFTER = String.raw`(?:after|following)\s+`;
const NOUN = String.raw`(?:[\w-]+\s+){0,2}?(${anyOf(Object.keys(NOUN_FAMILY))})\b`;
const DETERMINER = String.raw`(?:the|their|its|his|her)\s+`;

/** "after the talks", "following their meeting": an occasion already told, as a moment. */
const AFTER_THE_OCCASION = new RegExp(String.raw`\b${AFTER}${DETERMINER}${NOUN}`, "i");

/** Statements, news conferences, speeches and hearings: occasions of their own (CAMEO 010). */
const STATEMENT_CAMEO = "010";

/** How many sentences back the occasion may have been told. */
const NEAR_SENTENCES = 4;

/** The latest occasion of a family, of one day, told within the last few sentences before `s`. */
function latestOccasion(events: EventDraft[], s: Sentence, family: string): EventDraft | undefined {
  return events
    .filter(
      (e) =>
        familiesOf(e).has(family) &&
        e.date.precision === "day" &&
        !e.date.end &&
        e.sentenceIdx.some((i) => i < s.index && s.index - i <= NEAR_SENTENCES),
    )
    .at(-1);
}

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
  const referred = latestOccasion(events, s, family);
  return referred && acts.length ? { referred, acts } : undefined;
}

/**
 * "Before the session opened, …", "After the summit's close, …": a sentence that opens by setting
 * itself before or after an occasion already told, up to its comma.
 */
const BESIDE_THE_OCCASION = new RegExp(
  String.raw`^\W*(?:before|after|following|ahead\s+of)\s+${DETERMINER}${NOUN}[^,;]{0,30},`,
  "i",
);

/**
 * "Before the session opened, the two premiers held a short meeting in a side room": an undated
 * sentence that sets a meeting of two named people or more, not all of them the occasion's own,
 * before or after an occasion already told of one day, tells a meeting of its own that day
 * (ANNOTATION.md: a meeting on an occasion's sidelines is its own happening). Returns the
 * occasion and the meeting's acts.
 */
export function meetingBesideOccasion(
  events: EventDraft[],
  s: Sentence,
  triggers: TriggerHit[],
  actors: ActorMention[],
): { referred: EventDraft; acts: TriggerHit[] } | undefined {
  const m = BESIDE_THE_OCCASION.exec(s.text);
  const family = m ? NOUN_FAMILY[(m[1] ?? "").toLowerCase()] : undefined;
  if (!m || !family || actors.length < 2) return undefined;
  const acts = triggers.filter(
    (h) =>
      !h.reference && !h.inQuote && h.start >= s.start + m[0].length && familyOf(h) === "meeting",
  );
  if (!acts.length) return undefined;
  const referred = latestOccasion(events, s, family);
  const newcomers = actors.some((a) => !referred?.actors.some((x) => x.key === a.key));
  return referred && newcomers ? { referred, acts } : undefined;
}

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
