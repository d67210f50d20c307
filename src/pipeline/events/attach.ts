import type { ActorMention, EventDraft, Sentence, TriggerHit } from "../types.ts";
import { findLocation } from "./location.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";

/** Adds a sentence to an event as evidence, with its people, triggers and place. */
export function attachSentence(
  e: EventDraft,
  s: Sentence,
  actors: ActorMention[],
  triggers: TriggerHit[],
  narration: string,
  primary = false,
): void {
  if (e.sentenceIdx.includes(s.index)) return;
  e.sentenceIdx.push(s.index);
  e.evidence.push({ text: s.text, start: s.start, end: s.end });
  for (const a of actors) if (!e.actors.some((x) => x.key === a.key)) e.actors.push(a);
  // Other sentences lend only occasion words (meeting, visit, news conference), so a side remark
  // ("China has not yet agreed …") does not retype a report.
  e.triggers.push(...triggers.filter((t) => !t.reference && (primary || (!t.inQuote && t.strong))));
  if (!e.location) {
    const place = findLocation(narration);
    if (place) e.location = place;
  }
}

/** The occasion family a trigger names ("talks" and "summit" are meetings), if any. */
export function familyOf(t: TriggerHit): string | undefined {
  const word = t.text.toLowerCase();
  return NOUN_FAMILY[word] ?? (t.noun ? (NOUN_FAMILY[t.noun] ?? t.noun) : undefined);
}

/** Occasion families an event can be referred back to by ("the meeting", "the report"). */
export function familiesOf(e: EventDraft): Set<string> {
  const out = new Set<string>();
  for (const t of e.triggers) {
    const fam = familyOf(t);
    if (fam) out.add(fam);
  }
  const occ = e.occasion?.toLowerCase() ?? "";
  for (const [noun, fam] of Object.entries(NOUN_FAMILY)) if (occ.includes(noun)) out.add(fam);
  return out;
}

/** People shared by an event and a list of mentions. */
export function sharedActors(e: EventDraft, actors: ActorMention[]): number {
  return actors.filter((a) => e.actors.some((x) => x.key === a.key)).length;
}

/** The sentence with its quotations blanked out: what the narrator, not a speaker, says. */
export function narrationOf(s: Sentence, quotes: { start: number; end: number }[]): string {
  let out = s.text;
  for (const q of quotes) {
    const a = Math.max(q.start, s.start) - s.start;
    const b = Math.min(q.end, s.end) - s.start;
    if (a < b) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out;
}
