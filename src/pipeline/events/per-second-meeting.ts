import type { Group } from "./groups.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { IRREGULAR_PAST } from "../lexicon/calendar.ts";
import { familyOf } from "./attach.ts";
import { AND_PREDICATE, boundsOf, inOrder, stretch } from "./split.ts";
import { matchesOf } from "../util/matches.ts";

/** "and" before the same subject's next verb: "… and held talks with …". */
const AND_NEXT_VERB = new RegExp(String.raw`,?${AND_PREDICATE}(?=(\p{Ll}+)\b)`, "gu");

/** A verb in the past: a word in "-ed" or an irregular past form (calendar.json). */
const isPastVerb = (word: string) => /ed$/.test(word) || IRREGULAR_PAST.includes(word);

/** A meeting told by the narrator: met, held talks, called on. */
const meeting = (h: TriggerHit) => familyOf(h) === "meeting" && !h.reference && !h.inQuote;

/**
 * "He met the president at the palace and held talks with the foreign minister": one subject's
 * two meetings joined by "and" and a verb in the past, each with someone the other does not
 * name, are two meetings (ANNOTATION.md: different counterparts). "Met the president and held
 * talks with him" names no one new, and stays one.
 */
export function perSecondMeeting(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), AND_NEXT_VERB)) {
    if (!isPastVerb(m[1] ?? "")) continue;
    const cut = from + (m.index ?? 0);
    const first = g.triggers.find((h) => meeting(h) && h.start < cut);
    const second = g.triggers.find((h) => meeting(h) && h.start >= cut);
    if (!first || !second || !subject || subject.start >= first.start) continue;
    const met = g.actors.filter((a) => a.start > first.start && a.start < cut);
    const later = g.actors.filter((a) => a.start >= cut);
    const isNew = (a: { key: string }, others: { key: string }[]) =>
      a.key !== subject.key && !others.some((o) => o.key === a.key);
    if (!met.some((a) => isNew(a, later)) || !later.some((a) => isNew(a, met))) continue;
    return [
      stretch(g, from, cut, [subject, ...met]),
      stretch(g, cut, to, [subject, ...later.filter((a) => a.key !== subject.key)]),
    ];
  }
  return [g];
}
