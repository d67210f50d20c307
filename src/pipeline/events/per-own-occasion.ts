import type { Group } from "./groups.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { familyOf } from "./attach.ts";
import { OCCASIONS } from "../lexicon/occasions.ts";
import { boundsOf, heldOccasion, stretch } from "./split.ts";

/**
 * The talks' own words up to the joint: no clause break but the commas of the subject's listed
 * predicates ("met for two hours, spoke to reporters, and then …").
 */
const BEFORE = String.raw`^(?<before>[^;:()]{0,120}?)`;
/** The next occasion's article and up to two modifiers, or none. */
const NOUN_LEAD = String.raw`(?:(?:an?|the|their|his|her)\s+(?:[\w-]+\s+){0,2})?$`;

/**
 * The words between the talks and the next occasion when "and", "then" or "followed by" joins
 * them as the next part of the day: "talks with the admiral and then a banquet", "talks, to be
 * followed by a speech". Only the next occasion's article and up to two modifiers may follow the
 * joint: "met the premier and gave a speech" tells a speech at the meeting (per-act.ts).
 */
const JOINED = new RegExp(
  String.raw`${BEFORE},?\s+(?:and(?:\s+then)?|then|(?:to\s+be\s+)?followed\s+by)\s+${NOUN_LEAD}`,
);

/**
 * A verb's particle before the occasion it goes to: "moved on to", "sat down to", "went out for".
 */
const PARTICLE = "on|off|out|down|over|in|along";

/**
 * The same with the subject's next verb after the joint, "will meet the mayor and make a speech at
 * a banquet": allowed where a meal follows, a table of its own wherever the speech was.
 */
const JOINED_BY_VERB = new RegExp(
  String.raw`${BEFORE},?\s+(?:and(?:\s+then)?|then)\s+\p{Ll}+(?:\s+(?:${PARTICLE}))?(?:\s+(?:to|for))?\s+${NOUN_LEAD}`,
  "u",
);

/**
 * Only the occasion's own article and modifiers between a verb and it: "attended a state banquet".
 */
const OWN_VERB = new RegExp(String.raw`^\s+${NOUN_LEAD}`);

/**
 * "Talks with the admiral, to be followed by a speech at the university", "talks and a banquet": an
 * occasion with a table or an audience of its own (occasions.json "apart") joined to a meeting by
 * "and" or "then" is another happening of the date, by the same people (ANNOTATION.md: a dinner
 * and a meeting are separate occasions). The group splits at the joint.
 */
export function perOwnOccasion(s: Sentence, g: Group): Group[] {
  const occasions = g.triggers.filter(heldOccasion);
  for (const second of occasions) {
    const family = familyOf(second);
    if (!family || !OCCASIONS.apart.has(family)) continue;
    // A meeting's verb that takes the occasion as its object ("attended a banquet") is the
    // occasion's own, not the talks before it.
    const ownVerb = (h: TriggerHit) =>
      OWN_VERB.test(s.text.slice(h.start + h.text.length - s.start, second.start - s.start));
    const first = occasions
      .filter((h) => h.start < second.start && familyOf(h) === "meeting" && !ownVerb(h))
      .at(-1);
    if (!first) continue;
    const firstEnd = first.start + first.text.length;
    const between = s.text.slice(firstEnd - s.start, second.start - s.start);
    const meal = occasions.some((h) => h.start >= second.start && familyOf(h) === "meal");
    const m = JOINED.exec(between) ?? (meal ? JOINED_BY_VERB.exec(between) : null);
    if (!m?.groups) continue;
    const cut = firstEnd + (m.groups.before ?? "").length;
    const { from, to } = boundsOf(s, g);
    return [stretch(g, from, cut, g.actors), stretch(g, cut, to, g.actors)];
  }
  return [g];
}
