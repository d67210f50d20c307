import { orgActors } from "../lexicon/orgs.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { trailingAttribution } from "./actors.ts";
import { SPOKESPERSON } from "./spokesperson.ts";
import type { Group } from "./groups.ts";

/**
 * "Two U.S. aircraft flew through the zone on Tuesday, a defense ministry spokesman said
 * Wednesday.": a trailing attribution with a day of its own, after the reported act's, and a
 * speaker it names (a person, a body, a spokesperson; not "officials") is a statement of that
 * day beside the act it reports. Not of an act still to come: a plan announced is the plan only.
 */
export function perAttribution(s: Sentence, g: Group): Group[] {
  const at = trailingAttribution(s, g.triggers);
  if (at === undefined || g.t.start >= at) return [g];
  const said = s.times.find((t) => t.start >= at && t.precision === "day" && !t.inQuote);
  // After the act's whole date: "will visit later this year, a ministry spokesman said Monday"
  // tells of a plan, which a briefing only announces (ANNOTATION.md), and Monday is not after it.
  if (!said || g.t.future || said.value.startsWith(g.t.value) || said.value <= g.t.value)
    return [g];
  const words = s.text.slice(at - s.start);
  const people = s.actors.filter((a) => a.start >= at);
  // A speaker it names without a name: a spokesperson of some body.
  if (!people.length && !SPOKESPERSON.test(words) && !orgActors(words, words.length).length)
    return [g];
  const says = (h: TriggerHit) => h.start >= at && !h.inQuote;
  return [
    { ...g, triggers: g.triggers.filter((h) => !says(h)) },
    {
      t: said,
      triggers: g.triggers.filter(says),
      actors: people,
      span: { start: at, end: s.end },
    },
  ];
}
