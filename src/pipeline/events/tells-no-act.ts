import type { Sentence } from "../types.ts";
import { speakerLabelLength } from "../actors/transcript.ts";
import { CORRECTION_NOTICE } from "../lexicon/speech.ts";
import { isScheduled } from "../time/tense.ts";

/**
 * "Let me go through the secretary's meetings", "Allow me to begin with the talks": a
 * speaker saying what they will say next tells no act of its own; the sentences after it do. A
 * transcript's speaker label may stand before it ("MR. CARNEY: Let me …"; `speakerLabelLength`).
 */
const SPEAKER_FRAMING = /^\s*(?:Let me|Allow me to)\b/;

/** A sentence of one word ("Agreed.", "Confirmed!"): a reply or an exclamation, with no one acting. */
const ONE_WORD = /^\W*[\p{L}\p{N}'’-]+\W*$/u;

/** A sentence that ends as a question ("…?", "…?”"). */
const QUESTION = /\?["”’)]*\s*$/;

/**
 * Whether a sentence tells no act, whatever its words of acts: a word alone, a speaker's framing of
 * what follows, a paper's notice that one of its pieces was wrong (`CORRECTION_NOTICE`; the right
 * account follows it), a question with no date of its own ("Did the envoy report to the cabinet
 * after the talks?"), which asks whether something happened, or a question of what is still to come
 * ("Will the envoys meet again this year?"), which asks whether it will; the answer after it tells
 * what did, or what is planned.
 */
export function tellsNoAct(s: Sentence): boolean {
  if (ONE_WORD.test(s.text)) return true;
  if (SPEAKER_FRAMING.test(s.text.slice(speakerLabelLength(s.text)))) return true;
  if (CORRECTION_NOTICE.test(s.text)) return true;
  if (!QUESTION.test(s.text)) return false;
  return !s.times.some((t) => !t.inQuote) || isScheduled(s.text);
}
