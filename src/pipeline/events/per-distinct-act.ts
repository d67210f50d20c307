import type { Group } from "./groups.ts";
import { bestTrigger } from "./triggers.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { IRREGULAR_PAST } from "../lexicon/calendar.ts";
import { AND_PREDICATE, boundsOf, inOrder, stretch } from "./split.ts";
import { ACT_RANK } from "./ranks.ts";
import { matchesOf } from "../util/matches.ts";

/** "… and vowed …", ", and also imposed …": "and" before the same subject's next verb. */
const AND_NEXT_VERB = new RegExp(String.raw`,?${AND_PREDICATE}(?=(\p{Ll}+)\b)`, "gu");

/** A verb in the past: a word in "-ed" or an irregular past form (calendar.json). */
const isPastVerb = (word: string) => /ed$/.test(word) || IRREGULAR_PAST.includes(word);

/** An act of the subject's own, told as such (not an occasion it referred to, not quoted). */
const ownAct = (h: TriggerHit) =>
  h.kind === "act" && h.rank >= ACT_RANK && !h.reference && !h.inQuote;

/**
 * "Beijing froze the talks and pledged to sanction the suppliers on Friday": one
 * subject's two acts of different kinds, joined by "and" and a verb in the past, are two
 * happenings of the date (ANNOTATION.md: every distinct happening). Acts of one kind ("signed an
 * accord and agreed to …": both agreements) stay one, and so do acts told at a meeting or a
 * visit ("met Xi and agreed to …"), which are that occasion's.
 */
export function perDistinctAct(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), AND_NEXT_VERB)) {
    if (!isPastVerb(m[1] ?? "")) continue;
    const cut = from + (m.index ?? 0);
    const first = bestTrigger(g.triggers.filter((h) => ownAct(h) && h.start < cut));
    const second = bestTrigger(g.triggers.filter((h) => ownAct(h) && h.start >= cut));
    if (!first || !second || first.cameo === second.cameo) continue;
    if (first.noun && first.noun === second.noun) continue;
    // A meeting or a visit outranking the acts holds them ("met Xi and agreed to …"); an occasion
    // an act cancels ("halted a round of talks") is that act's object.
    const top = Math.max(first.rank, second.rank);
    const object = (h: TriggerHit) => h.start > first.start && h.start < cut;
    const held = (h: TriggerHit) => h.kind === "occasion" && !h.reference && !object(h);
    if (g.triggers.some((h) => held(h) && h.rank >= top)) return [g];
    // The subject named before the first act does the second too; both parts know where the
    // subject they share ends, for their bodies and titles.
    const doer = subject && subject.start < first.start ? [subject] : [];
    const subjectEnd = first.start;
    return [
      {
        ...stretch(
          g,
          from,
          cut,
          g.actors.filter((a) => a.start < cut),
        ),
        span: { start: from, end: cut, subjectEnd },
      },
      {
        ...stretch(g, cut, to, [...doer, ...g.actors.filter((a) => a.start >= cut)]),
        span: { start: cut, end: to, subjectEnd },
      },
    ];
  }
  return [g];
}
