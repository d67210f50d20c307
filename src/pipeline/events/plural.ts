import type { Group } from "./groups.ts";
import type { Sentence } from "../types.ts";

/** A plural visit noun and the words that name its makers: "visits by", "trips of". */
const PLURAL_VISITS = /^(?:visits|trips)$/i;
const MADE_BY = /^\s+(?:by|of|from)\s/i;

/**
 * "Reciprocal visits by Admiral Mullen and his counterpart, General Chen": one visit each, so one
 * group per visitor named after "visits by", each with its own person. A singular "a visit by
 * Mullen and Chen" stays one.
 */
export function perVisitor(s: Sentence, g: Group): Group[] {
  const visits = g.triggers.find((h) => PLURAL_VISITS.test(h.text) && !h.reference);
  if (!visits) return [g];
  const after = visits.start + visits.text.length - s.start;
  const rest = s.text.slice(after);
  if (!MADE_BY.test(rest)) return [g];
  const stop = rest.search(/[;.]|,\s+(?:which|who|where)\b/);
  const end = after + (stop < 0 ? rest.length : stop);
  const makers = g.actors.filter((a) => a.start - s.start >= after && a.start - s.start < end);
  if (makers.length < 2) return [g];
  return makers.map((m) => ({ ...g, actors: [m] }));
}
