import type { Span } from "./groups.ts";
import type { ActorMention, EventDraft, Sentence, TriggerHit } from "../types.ts";
import { findLocation, placeBeforeWhere } from "./location.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import { CLOSING_AFTER, CLOSING_BEFORE, CONTENT_VERB, NO_COMMENT } from "../lexicon/speech.ts";

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
  // A further sentence adds the people who act in it, not those its speaker talks about, nor
  // those it says did not speak ("She would not comment on what the study found").
  const acting = primary
    ? actors
    : NO_COMMENT.test(s.text)
      ? []
      : actors.filter((a) => !inReportedSpeech(s, a) && !reportsIt(s, a));
  for (const a of acting) if (!e.actors.some((x) => x.key === a.key)) e.actors.push(a);
  // Other sentences lend only occasion words (meeting, visit, news conference), so a side remark
  // ("China has not yet agreed …") does not retype a report.
  e.triggers.push(
    ...triggers
      .filter((t) => !t.reference && (primary || (!t.inQuote && t.strong)))
      .map((t) => (primary ? { ...t, own: true } : t)),
  );
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

/**
 * "Liang said his visit carries out the consensus reached between Hu and Obama": the people
 * named after a speech verb are what was said, not who acted.
 */
function inReportedSpeech(s: Sentence, a: ActorMention): boolean {
  const before = s.text.slice(0, a.start - s.start);
  const said = before.search(CONTENT_VERB);
  if (said < 0) return false;
  // "told Kerry": the listener right after "told" takes part in the exchange; "…,” said Under
  // Secretary X": the speaker after the verb is who spoke, not what was said.
  if (/\b(?:told|said|says)\s+(?:(?:[A-Z][\w.'’-]*|of|for|the|and)\s+)*$/.test(before))
    return false;
  // "said that Liang issued the invitation": the subject of an act in the reported clause acted.
  const next = s.text.slice(a.end - s.start).match(/^,?\s+([a-z]+)/)?.[1] ?? "";
  return !next || NOT_A_VERB.has(next);
}

/**
 * "At the summit, Obama raised concerns, his adviser Donilon said.": a person named only to say
 * who told of an occasion, in narration with no quotation, reported it rather than took part
 * (a quotation's speaker may have spoken at it, and stays).
 */
function reportsIt(s: Sentence, a: ActorMention): boolean {
  if (s.quoteIds.length) return false;
  const before = s.text.slice(0, a.start - s.start);
  const after = s.text.slice(a.end - s.start);
  const closing =
    CLOSING_AFTER.test(after) || (CLOSING_BEFORE.test(before) && /^\s*[.!?]?\s*$/.test(after));
  return closing && before.includes(",");
}

/** Words after a name that show it is not the subject of a verb ("Hu and Obama", "Hu on …"). */
const NOT_A_VERB = new Set(
  "and or but on in at of to for with from by as into about over the a an his her their its who whom whose which that".split(
    " ",
  ),
);

/** Occasion families an event can be referred back to by ("the meeting", "the report"). */
export function familiesOf(e: EventDraft): Set<string> {
  const out = new Set<string>();
  for (const t of e.triggers) {
    const fam = familyOf(t);
    if (fam) out.add(fam);
  }
  const occ = e.occasion?.toLowerCase() ?? "";
  if (occ) for (const [noun, fam] of NOUN_FAMILIES) if (occ.includes(noun)) out.add(fam);
  return out;
}

/** The occasion nouns and their families, listed once (familiesOf runs for every event asked). */
const NOUN_FAMILIES = Object.entries(NOUN_FAMILY);

/** People shared by an event and a list of mentions. */
export function sharedActors(e: EventDraft, actors: ActorMention[]): number {
  return actors.filter((a) => e.actors.some((x) => x.key === a.key)).length;
}

/**
 * The sentence with its quotations blanked out: what the narrator, not a speaker, says. With a
 * `span`, everything outside it is blanked too (one occasion of a sentence that tells several).
 * Blanking keeps every offset.
 */
export function narrationOf(
  s: Sentence,
  quotes: { start: number; end: number }[],
  span?: Span,
): string {
  let out = s.text;
  if (span) {
    const [a, b] = [span.start - s.start, span.end - s.start];
    // A later predicate keeps the subject the sentence opened with ("China … and vowed …").
    const subject = span.subjectEnd !== undefined && span.subjectEnd < span.start;
    const kept = subject ? Math.max(0, (span.subjectEnd ?? 0) - s.start) : 0;
    // "came on from Manila, where she saw …": the clause's place stands before its "where".
    const place = Math.max(kept, placeBeforeWhere(out.slice(0, a), out.slice(a, b)) ?? a);
    out =
      out.slice(0, kept) +
      " ".repeat(place - kept) +
      out.slice(place, b) +
      " ".repeat(Math.max(0, out.length - b));
  }
  for (const q of quotes) {
    const a = Math.max(q.start, s.start) - s.start;
    const b = Math.min(q.end, s.end) - s.start;
    if (a < b) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out;
}
