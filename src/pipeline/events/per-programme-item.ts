import type { Group } from "./groups.ts";
import type { Sentence } from "../types.ts";
import { boundsOf, heldOccasion, stretch } from "./split.ts";
import { matchesOf } from "../util/matches.ts";

/** Between two items of a list of occasions: a comma or "and" (or both) before an article. */
const NEXT_ITEM = /,\s+(?:and\s+)?(?=(?:an?|the)\s)|\s+and\s+(?=(?:an?|the)\s)/g;

/** The list opens right after a colon with an article: ": a meeting …", ": the signing …". */
const LIST_OPENS = /:\s+(?=(?:an?|the)\s)/;

/**
 * "Tuesday is the busy day: a meeting with the president, a lunch hosted by the vice president,
 * and a tour of the naval academy": a colon's list of occasions, each named by a noun of its own,
 * is a programme's parts, one happening each (ANNOTATION.md: the planned parts of a programme).
 * Each part has its own people and those named before the colon: the sentence's subject, the
 * traveller.
 */
export function perProgrammeItem(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const colon = LIST_OPENS.exec(s.text.slice(from - s.start, to - s.start));
  if (!colon) return [g];
  const listStart = from + colon.index + colon[0].length;
  const cuts = matchesOf(s.text.slice(listStart - s.start, to - s.start), NEXT_ITEM).map(
    (m) => listStart + (m.index ?? 0),
  );
  if (!cuts.length) return [g];
  const bounds = [listStart, ...cuts, to];
  const items = bounds.slice(0, -1).map((lo, i) => [lo, bounds[i + 1] ?? to] as const);
  if (
    !items.every(([lo, hi]) =>
      g.triggers.some((h) => heldOccasion(h) && h.start >= lo && h.start < hi),
    )
  )
    return [g];
  // The sentence's subject, though its own clause has a date of its own ("lands on Monday").
  const subject = [...s.actors].sort((a, b) => a.start - b.start)[0];
  const before = g.actors.filter((a) => a.start < listStart);
  if (subject && subject.start < listStart && !before.some((a) => a.key === subject.key))
    before.unshift(subject);
  return items.map(([lo, hi]) => ({
    ...stretch(g, lo, hi, [...before, ...g.actors.filter((a) => a.start >= lo && a.start < hi)]),
    apart: true,
  }));
}
