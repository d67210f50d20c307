import type { Group } from "./groups.ts";
import type { Sentence } from "../types.ts";
import { familyOf } from "./attach.ts";
import { boundsOf, heldOccasion, inOrder, stretch } from "./split.ts";

/** "besides meeting …,", "in addition to touring …,": another act of the subject's, set aside. */
const BESIDES = /\b(?:besides|apart from|aside from|in addition to)\s+(?=\p{Ll}+ing\b)[^,;]*,/iu;

/**
 * "On Wednesday, besides meeting the vice president, the secretary gave a lecture at the
 * academy": an occasion told as set aside ("besides", "in addition to") and the main clause's
 * occasion of another kind are two happenings of the date, the main clause's subject doing both
 * (ANNOTATION.md: every distinct happening).
 */
export function perBesides(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const m = BESIDES.exec(s.text.slice(from - s.start, to - s.start));
  if (!m) return [g];
  const cut = from + m.index + m[0].length;
  const aside = g.triggers.find(
    (h) => heldOccasion(h) && h.start > from + m.index && h.start < cut,
  );
  const main = g.triggers.find((h) => heldOccasion(h) && h.start >= cut);
  if (!aside || !main || familyOf(aside) === familyOf(main)) return [g];
  const subject = inOrder(g).find((a) => a.start >= cut && a.start < main.start);
  const asideActors = g.actors.filter((a) => a.start < cut);
  return [
    stretch(g, from, cut, subject ? [...asideActors, subject] : asideActors),
    stretch(g, cut, to),
  ];
}
