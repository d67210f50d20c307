import { DEFINITE_OCCASION, NOUN_FAMILY, nounsOf } from "../lexicon/triggers.ts";
import { DOCUMENT_VERBS } from "../lexicon/speech.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import type { ActorMention, EventDraft, Sentence, TriggerHit } from "../types.ts";
import { familyOf } from "./attach.ts";
import { bestTrigger, releasesByVerb } from "./triggers.ts";
import { orgActors } from "../lexicon/orgs.ts";
import { matchesOf } from "../util/matches.ts";

/** Occasion families that are documents: things published, which others answer. */
const DOCUMENTS = new Set(["report", "white paper"]);

/**
 * "The report estimated China's spending for 2012 at …", "The white paper also says …": a
 * document already told, as the subject of a verb that tells what it holds. Its dates are what
 * the document tells of, not its own.
 */
const DOCUMENT_TELLS = new RegExp(
  String.raw`^(?:the|that|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:${anyOf(
    nounsOf(...DOCUMENTS),
  )})\s+(?:also\s+|further\s+)?(?:${DOCUMENT_VERBS})\b`,
  "i",
);

/** Whether a sentence tells what a document already reported holds (DOCUMENT_TELLS). */
export const documentTells = (s: Sentence): boolean => DOCUMENT_TELLS.test(s.text);

/** Whether an event's main act is a document (a report, a white paper), not an act told of it. */
export function isDocumentRelease(e: EventDraft): boolean {
  const main = bestTrigger(e.triggers);
  return !!main && DOCUMENTS.has(familyOf(main) ?? "");
}

/**
 * "A spokesman said on Wednesday that the report was unprofessional", "Hong Lei also rejected the
 * report at a briefing": someone the document's event does not name, acting (saying, rejecting)
 * before the words that name it, answers the document; the answer is a happening of its own, not
 * more of the document's release. Returns where the document is named, when that is so.
 */
export function answersDocument(
  referred: EventDraft,
  s: Sentence,
  triggers: TriggerHit[],
  actors: ActorMention[],
): number | undefined {
  // The referred event is the document's release: its main act is the document, not an act
  // told of it ("accused Beijing in a report that Beijing rejected" holds the answer already).
  if (!isDocumentRelease(referred)) return undefined;
  const named = matchesOf(s.text, DEFINITE_OCCASION).find((m) =>
    DOCUMENTS.has(NOUN_FAMILY[(m[1] ?? "").toLowerCase()] ?? ""),
  );
  if (!named) return undefined;
  const at = s.start + (named.index ?? 0);
  const answerer = actors.find(
    (a) => a.start < at && !referred.actors.some((x) => x.key === a.key),
  );
  // "The ministry rejected the report on Monday as groundless": a body the document's event does
  // not name answers it as a person does.
  const body = answerer
    ? undefined
    : orgActors(s.text.slice(0, at - s.start), at - s.start).find(
        (b) => !(referred.bodies ?? []).some((x) => x.name === b.name),
      );
  if (!answerer && !body) return undefined;
  const from = answerer?.start ?? s.start;
  const act = triggers.some((h) => !h.reference && !h.inQuote && h.start > from && h.start < at);
  return act ? at : undefined;
}

/**
 * "The ministry dismissed the charges, arguing that a study by an American company offered no
 * evidence. … The study, published on Monday, found …": the later sentence tells the document's own release, by a verb,
 * with its own date; the rejection only named the document as what it answered. The release is
 * a happening of its own, not more of the rejection.
 */
export function releasesAnsweredDocument(referred: EventDraft, triggers: TriggerHit[]): boolean {
  if (bestTrigger(referred.triggers)?.cameo !== "120") return false;
  return triggers.some((h) => h.rank >= 4 && !h.reference && !h.inQuote && releasesByVerb(h));
}
