import type { Group } from "./groups.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { familyOf } from "./attach.ts";
import { boundsOf, heldOccasion, inOrder, stretch } from "./split.ts";
import { matchesOf } from "../util/matches.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";

/** "… and then attend …", ", then fly to …": the same subject's next step, in that order. */
const AND_THEN = /,?\s+(?:and\s+)?then\s+(?=\p{Ll}+\b)/gu;

/** An occasion the subject holds, named by a verb ("tour", "attend"), not by its noun. */
const heldByVerb = (h: TriggerHit) => heldOccasion(h) && !NOUN_FAMILY[h.text.toLowerCase()];

/**
 * "The premier is to tour a shipyard in the port and then attend a forum in the capital": one
 * subject's occasions of two kinds told one after the other with "then" are two parts of the
 * programme, each a happening of the date (ANNOTATION.md: the parts of a programme are events of
 * their own). The subject named before the first does both; occasions of one kind ("met the premier
 * and then met the president") are left to the rules of meetings.
 */
export function perNextOccasion(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), AND_THEN)) {
    const cut = from + (m.index ?? 0);
    const opens = cut + m[0].length;
    const first = g.triggers.filter((h) => heldByVerb(h) && h.start < cut).at(-1);
    const second = g.triggers.find((h) => heldByVerb(h) && h.start === opens);
    if (!first || !second || familyOf(first) === familyOf(second)) continue;
    const doer = subject && subject.start < first.start ? [subject] : [];
    return [
      stretch(
        g,
        from,
        cut,
        g.actors.filter((a) => a.start < cut),
      ),
      stretch(g, cut, to, [...doer, ...g.actors.filter((a) => a.start >= cut)]),
    ];
  }
  return [g];
}
