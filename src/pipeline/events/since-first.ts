import type { ActorMention, Sentence, TimeMention, TriggerHit } from "../types.ts";
import { familyOf } from "./attach.ts";
import { OFFICE_CHANGE } from "../lexicon/roles.ts";
import { matchesOf } from "../util/matches.ts";

/**
 * "the first U.S. defense secretary to visit China since …", "the first visit … since …" (the full
 * stops of "U.S." do not end the phrase).
 */
const FIRST_SINCE = /\bthe first\b(?:[^.;:]|(?<=\b[A-Z])\.|\.(?!\s)){0,120}?\bsince\s+/gi;

/** How far the person and then the date may stand after "since". */
const PERSON_CHARS = 60;
const DATE_CHARS = 130;

/** A happening the sentence names only to compare: its person, its date and its act. */
export interface SinceFirst {
  /** The person after "since", and any other named before the date ("since Obama and Xi met"). */
  actors: ActorMention[];
  t: TimeMention;
  trigger: TriggerHit;
  span: { start: number; end: number };
}

/** An act "the first … since" may count: a visit or a meeting, told by the narrator. */
const comparable = (h: TriggerHit) =>
  !h.inQuote && ["visit", "meeting"].includes(familyOf(h) ?? "");

/**
 * "X is the first U.S. defense secretary to visit China since Robert Gates in January 2011", "the
 * first visit to the Pentagon by a Chinese minister since General Liang came in May of last
 * year": the person named after "since" did the same act on the date after them. That is a
 * happening of its own, with that person and that date only; the sentence's own act keeps the
 * rest. A "since" with no person ("the first visit since 2007") is only the start of a period.
 */
export function sinceFirst(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): SinceFirst | undefined {
  if (!/\bsince\b/i.test(s.text)) return undefined;
  for (const m of matchesOf(s.text, FIRST_SINCE)) {
    const first = s.start + (m.index ?? 0);
    const cut = first + m[0].length;
    // The person opens the words after "since" ("since Defense Secretary Gates"); one after a
    // comma ("since the freeze, paving the way for Gates's trip") is another clause's.
    const actor = actors.find(
      (a) =>
        a.start >= cut &&
        a.start - cut <= PERSON_CHARS &&
        !/[,;]/.test(s.text.slice(cut - s.start, a.start - s.start)),
    );
    const t = actor && dates.find((d) => d.start > actor.end && d.start - cut <= DATE_CHARS);
    // "since Xi became president in March": the date is a change of office, not the act counted.
    if (t && OFFICE_CHANGE.test(s.text.slice(actor.end - s.start, t.start - s.start))) continue;
    // "General Chang's visit, the first by a minister since …", "The visit is the first by a
    // minister since …": with no act between "the first" and "since", the act it counts is the
    // last one told before it.
    const trigger =
      triggers.find((h) => h.start > first && h.start < cut && comparable(h)) ??
      triggers.filter((h) => h.start < first && comparable(h)).at(-1);
    if (actor && t && trigger) {
      const others = actors.filter((a) => a !== actor && a.start > actor.end && a.end <= t.start);
      return { actors: [actor, ...others], t, trigger, span: { start: cut, end: t.end } };
    }
  }
  return undefined;
}
