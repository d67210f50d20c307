import { SIMULTANEOUS } from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import type { ActorMention, EventDraft, Sentence, Span, TriggerHit } from "../types.ts";
import { familyOf, sharedActors } from "./attach.ts";
import { matchesOf } from "../util/matches.ts";

/**
 * The event further down that an undated lead tells of: the first one dated to a day whose own
 * occasion the lead names, with someone the lead names (the lead says "during a meeting with the
 * president"; a later sentence or a photo caption gives the meeting its day), or naming nobody
 * ("The talks today at the ministry …": the occasion told again, its people left to the lead).
 */
export function laterTellingOfLead(
  lead: Sentence,
  triggers: readonly TriggerHit[],
  actors: readonly ActorMention[],
  events: readonly EventDraft[],
): EventDraft | undefined {
  const families = new Set(triggers.map(familyOf).filter((f) => f !== undefined));
  const first = (e: EventDraft) => Math.min(...e.sentenceIdx);
  return events
    .filter(
      (e) =>
        e.date.precision === "day" &&
        e.head !== undefined &&
        families.has(e.head) &&
        first(e) > lead.index &&
        (sharedActors(e, [...actors]) > 0 || e.actors.length === 0),
    )
    .sort((a, b) => first(a) - first(b))[0];
}

/**
 * A conjunction of one moment between two clauses (calendar.json `simultaneous`), not "as" of
 * comparison or role ("as well as", "such as", "known as", "as part of").
 */
const AT_THE_SAME_MOMENT = new RegExp(
  String.raw`(?<!\b(?:such|known|served|same|so|well))` +
    String.raw`,?\s+(?:${anyOf(SIMULTANEOUS)})\s+(?!(?:well|part|if|though|of|to|for|much|many|soon|long)\b)`,
  "gi",
);

/**
 * "China tested a jet as the secretary met the president": the clause before a conjunction of one
 * moment has an act of its own, at the moment of the occasion its second clause tells of (which
 * names `people`). The first clause's span and acts, if the sentence is built so.
 */
export function actAtTheSameMoment(
  s: Sentence,
  triggers: readonly TriggerHit[],
  people: readonly ActorMention[],
  occasionFamily: string | undefined,
): { span: Span; triggers: TriggerHit[] } | undefined {
  for (const m of matchesOf(s.text, AT_THE_SAME_MOMENT)) {
    const cut = s.start + m.index;
    const after = cut + m[0].length;
    if (!people.some((a) => a.start >= after)) continue;
    const own = triggers.filter(
      (h) =>
        h.start < cut &&
        !h.reference &&
        !h.inQuote &&
        (h.strong || h.rank >= 4) &&
        familyOf(h) !== occasionFamily,
    );
    if (own.length)
      return { span: { text: s.text.slice(0, m.index), start: s.start, end: cut }, triggers: own };
  }
  return undefined;
}
