import { SAME_DAY_CLAUSES, SIMULTANEOUS } from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { familyOf } from "./attach.ts";
import type { Group } from "./groups.ts";
import { ACT_RANK } from "./ranks.ts";
import { boundsOf, heldOccasion, inOrder, stretch } from "./split.ts";
import { matchesOf } from "../util/matches.ts";

/** A subject pronoun, which stands for the main clause's subject. */
const PRONOUN = "he|she|they|it";

/**
 * ", when the coast guards held …", ", while the fleet sailed …": a comma or a dash, a conjunction
 * of one moment (calendar.json `simultaneous`) and a named subject of the clause's own. A pronoun
 * ("when he met …") is the main clause's subject again, left to the rules of one subject's acts;
 * after the day named again (", the same day he spoke …": `sameDayClauses`) it may be either.
 */
const SAME_MOMENT_CLAUSE = new RegExp(
  String.raw`(?:,|\s[—–])\s+(?:(?:${anyOf(SIMULTANEOUS)})\s+(?=(?:the|its|their)\s|\p{Lu})|(?:${anyOf(SAME_DAY_CLAUSES)})\s+(?=(?:${PRONOUN}|an?|the|its|their)\s|\p{Lu}))`,
  "gu",
);

/** A clause that opens with a subject pronoun. */
const OPENS_WITH_PRONOUN = new RegExp(String.raw`^(?:${PRONOUN})\s`);

/**
 * Kinds of act that make up one trip: "the meeting in Beijing in April, when the secretary made
 * his first trip to China" is the trip told again, and "visited Beijing in April, when the two
 * sides agreed to …" what the trip agreed, not a second happening.
 */
const ONE_TRIP = new Set(["visit", "meeting", "agreement"]);

/** The most characters between the conjunction and the clause's act: a subject of a few words. */
const SUBJECT_CHARS = 60;

const ownAct = (h: TriggerHit) => !h.reference && !h.inQuote && h.rank >= ACT_RANK;

/** The clause's act is ranked as its own, not as background to the main clause ("when …"). */
const asOwn = (h: TriggerHit): TriggerHit => ({ ...h, rank: h.clauseRank ?? h.rank });

/**
 * "The minister toured the port in May, when the two coast guards held a search-and-rescue
 * exercise": an act of another kind told in a clause of the same moment right after the main
 * act's date, with a subject of its own, is a happening of its own at that date (ANNOTATION.md:
 * each distinct happening). Its people are those of its clause. A clause of the same kind ("met on
 * Monday, when the ministers held talks") or a trip told again by a part of it tells the same
 * occasion again; one with no act ("while the minister was in Beijing") only dates it; one with a
 * date of its own is left to the date rules. An occasion held in the clause ("the same day he
 * delivered a lecture") is an act of its own, however low a speech ranks as a sentence's act.
 */
export function perSameMomentClause(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), SAME_MOMENT_CLAUSE)) {
    const cut = from + m.index;
    // The clause tells what else the date saw: it follows the date ("in September, when …").
    if (g.t.end !== cut) continue;
    const opens = cut + m[0].length;
    const main = g.triggers.filter((h) => ownAct(h) && h.start >= from && h.start < cut);
    // An act after "to" is one agreed on or hoped for ("when the two agreed to hold a drill").
    const done = (h: TriggerHit) =>
      !/\bto\s/.test(s.text.slice(opens - s.start, h.start - s.start));
    const clause = g.triggers
      .filter((h) => h.start >= opens && h.start < to)
      .map(asOwn)
      .filter((h) => (ownAct(h) || heldOccasion(h)) && done(h));
    const [first] = clause;
    if (!main.length || !first || first.start - opens > SUBJECT_CHARS) continue;
    // The subject and its verb are one stretch: a comma between ends the clause first.
    if (s.text.slice(opens - s.start, first.start - s.start).includes(",")) continue;
    const families = new Set(main.map(familyOf));
    if (clause.some((h) => families.has(familyOf(h)))) continue;
    const kinds = [...families, ...clause.map(familyOf)];
    if (kinds.every((f) => ONE_TRIP.has(f ?? ""))) continue;
    if (s.times.some((t) => t.start >= opens && t.end <= to && !t.inQuote)) continue;
    // "…, the same day he spoke": the pronoun is the main clause's subject, its first person.
    const pronoun = OPENS_WITH_PRONOUN.test(s.text.slice(opens - s.start));
    const subject = inOrder(g).find((a) => a.start >= from && a.start < cut);
    const told = stretch(g, cut, to, pronoun && subject ? [subject] : undefined);
    return [
      stretch(g, from, cut),
      { ...told, triggers: told.triggers.map((h) => (h.start >= opens ? asOwn(h) : h)) },
    ];
  }
  return [g];
}
