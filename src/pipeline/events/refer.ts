import type { ActorMention, EventDraft, Sentence, TimeMention } from "../types.ts";
import {
  DEFINITE_OCCASION,
  NOUN_FAMILY,
  TIMED_OCCASION,
  refersElsewhere,
} from "../lexicon/triggers.ts";
import { FINENESS, addDays, fromIso, interval, isoDay } from "../util/dates.ts";
import { familiesOf, sharedActors } from "./attach.ts";
import { abbreviates, isAcronym } from "./acronyms.ts";
import { literal } from "../lexicon/compile/patterns.ts";
import { matchesOf } from "../util/matches.ts";

/** An event of this article that a dated mention in a quotation refers to (same day, ±1). */
export function eventNear(
  events: EventDraft[],
  t: TimeMention,
  actors: ActorMention[],
): EventDraft | undefined {
  if (t.precision !== "day") return undefined;
  const candidates = events.filter((e) => {
    if (e.date.precision !== "day") return false;
    const [lo, hi] = interval(e.date.value, "day", e.date.end);
    return (
      t.value >= isoDay(addDays(fromIso(lo), -1)) && t.value <= isoDay(addDays(fromIso(hi), 1))
    );
  });
  return pickBest(candidates, actors, t.value);
}

/** Whether the event was reported with this occasion noun, as a trigger or in its name. */
function namedBy(e: EventDraft, noun: string): boolean {
  if (e.triggers.some((h) => h.text.toLowerCase() === noun)) return true;
  const name = e.occasion?.toLowerCase().replace(/\bdialog\b/g, "dialogue");
  return !!name && new RegExp(String.raw`\b${literal(noun)}\b`).test(name);
}

/** Prefers the candidate sharing most people, then the exact day, then the latest reported. */
export function pickBest(
  candidates: EventDraft[],
  actors: ActorMention[],
  day?: string,
): EventDraft | undefined {
  let best: EventDraft | undefined;
  let bestScore = -1;
  for (const e of candidates) {
    const score = sharedActors(e, actors) * 10 + (day && e.date.value === day ? 5 : 0);
    if (score >= bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** Whether two occasion names are one: equal, or one is the other's acronym (article or initials). */
export function sameOccasion(
  a: string,
  b: string,
  definitions: ReadonlyMap<string, string> = new Map(),
): boolean {
  const norm = (x: string) =>
    (definitions.get(x) ?? x).toLowerCase().replace(/\bdialog\b/, "dialogue");
  const [x, y] = [norm(a), norm(b)];
  return (
    x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || abbreviates(a, b) || abbreviates(b, a)
  );
}

/** "the S&ED", "the fifth S&ED": a definite acronym, with the round it names. */
const ACRONYM_REFERENCE =
  /\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|\d+(?:st|nd|rd|th))\s+)?([A-Z][A-Z&]*[A-Z])\b/g;

/** "the S&ED" after the Strategic and Economic Dialogue was reported: the event it names. */
function acronymReferent(
  events: EventDraft[],
  s: Sentence,
  actors: ActorMention[],
  definitions: ReadonlyMap<string, string>,
  t?: TimeMention,
): EventDraft | undefined {
  for (const m of matchesOf(s.text, ACRONYM_REFERENCE)) {
    const before = s.text.slice(0, m.index ?? 0);
    if (refersElsewhere(`${before} `.replace(/\s+$/, " "))) continue;
    const acronym = m[1] ?? "";
    if (!isAcronym(acronym)) continue;
    const candidates = events.filter(
      (e) =>
        !!e.occasion &&
        sameOccasion(acronym, e.occasion, definitions) &&
        (!t || overlapsTime(e, t)),
    );
    const best = pickBest(candidates, actors);
    if (best) return best;
  }
  return undefined;
}

/**
 * Whether a sentence's date can be the event's. A plan dated only loosely ("would begin that
 * dialogue in the spring") is not an occasion already fixed to a day: it is another plan.
 */
function overlapsTime(e: EventDraft, t: TimeMention): boolean {
  const [a, b] = interval(e.date.value, e.date.precision, e.date.end);
  const [c, d] = interval(t.value, t.precision, t.endValue);
  if (t.future && FINENESS[t.precision] < FINENESS[e.date.precision]) return false;
  return a <= d && c <= b;
}

/**
 * "the meeting", "the report", "the S&ED": the reported event this sentence refers back to.
 * `narration` is the sentence with its quotations blanked (same offsets).
 */
/**
 * "the visit to Beijing this month by the Pacific commander": the words between an occasion's noun and
 * its owner. Only a place and a time may come between, so the "by" is the noun's; the title's
 * capitalised words may stand before the name.
 */
const PLACE_AFTER = String.raw`(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?`;
const TIME_AFTER = String.raw`(?:\s+(?:(?:last|this|next|earlier\s+this|late\s+last)\s+(?:week|month|year)|(?:on|in)\s+[A-Z][a-z]+(?:\s+\d{1,2})?))?`;
const BY_OWNER = new RegExp(
  String.raw`^${PLACE_AFTER}${TIME_AFTER}${PLACE_AFTER}\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,4}$`,
);

/**
 * The person an occasion's noun names as its own with "by" ("the visit to Beijing this month by
 * Adm. Samuel Locklear"), if any: the first person named after that "by", in the noun's
 * clause; `nounEnd` is where the noun ends in the sentence.
 */
function ownerAfter(
  s: Sentence,
  actors: ActorMention[],
  nounEnd: number,
): ActorMention | undefined {
  return actors.find((a) => {
    const at = a.start - s.start;
    return at > nounEnd && BY_OWNER.test(s.text.slice(nounEnd, at));
  });
}

export function referredEvent(
  events: EventDraft[],
  s: Sentence,
  actors: ActorMention[],
  t?: TimeMention,
  definitions: ReadonlyMap<string, string> = new Map(),
  narration: string = s.text,
): EventDraft | undefined {
  // The narrator's words refer back first ("…, who spoke at the forum"); a speaker's ("during
  // the meeting that I had with …") only when the narration names no occasion.
  const own = matchesOf(narration, DEFINITE_OCCASION);
  // "Both sides described this week's talks as frank": an occasion named by its time, last, and
  // only for an event of that time (the sentence's date).
  const timed = t && /['’]s\b/.test(narration) ? matchesOf(narration, TIMED_OCCASION) : [];
  for (const m of [...(own.length ? own : matchesOf(s.text, DEFINITE_OCCASION)), ...timed]) {
    // "before he left for the talks": names another occasion, not the one this sentence reports.
    if (
      refersElsewhere(
        s.text
          .slice(0, m.index ?? 0)
          .replace(/\s*the\s*$/i, " ")
          .replace(/\s+$/, " "),
      )
    )
      continue;
    const fam = NOUN_FAMILY[(m[1] ?? "").toLowerCase()] ?? (m[1] ?? "").toLowerCase();
    const owner = ownerAfter(s, actors, (m.index ?? 0) + m[0].length);
    const candidates = events.filter((e) => {
      if (!familiesOf(e).has(fam)) return false;
      // "the visit to Beijing this month by Locklear": an occasion of someone the event does not have.
      if (owner && !e.actors.some((a) => a.key === owner.key)) return false;
      return !t || overlapsTime(e, t);
    });
    // "the meeting" prefers an event reported with the word "meeting" over one named "Dialogue";
    // "the dialogue" takes any event the word names, by trigger or by name ("the S&ED", the
    // Strategic and Economic Dialogue), and of those the latest reported.
    const noun = (m[1] ?? "").toLowerCase();
    const exact = candidates.filter((e) => namedBy(e, noun));
    const best = pickBest(exact.length ? exact : candidates, actors);
    if (best) return best;
  }
  return acronymReferent(events, s, actors, definitions, t);
}
