import { FRAMING_VERBS } from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import type { Sentence, TimeMention, TriggerHit } from "../types.ts";

/** A place's name after "in" or "at": capitalised words ("Seoul", "Camp David"). */
const PLACE_NAME = String.raw`[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}`;

/**
 * "The first crack came in", "The thaw began in", "Seoul's first step came", "The turn came in
 * Manila on": a subject, then a verb that sets a moment (calendar.json `framingVerbs`), and the
 * place it came at at most.
 */
const SETS_A_MOMENT = new RegExp(
  String.raw`^(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:${anyOf(FRAMING_VERBS)})(?:\s+(?:in|at)\s+${PLACE_NAME})?\s+(?:in|on|at|during)?\s*$`,
);

/**
 * "The first crack came in October. Meeting in Hanoi, Liang invited Gates to Beijing.": a short
 * sentence that names no act and no one, only when something came (or that opens with its date:
 * "On Thursday, the agencies said it themselves.", or is a dated title: "May 5: the drill."),
 * dates the act the next sentence tells without a date of its own. Returns that date.
 */
export function momentSet(s: Sentence, triggers: TriggerHit[]): TimeMention | undefined {
  const spent = daySpent(s, triggers);
  if (spent) return spent;
  const sole = soleDate(s);
  if (!sole || triggers.some((h) => !h.reference && h.rank >= 1)) return undefined;
  const { t, before, after } = sole;
  if (SETS_A_MOMENT.test(before) && /^\s*[.!]?\s*$/.test(after)) return t;
  // "On Thursday, the intelligence community filled it in itself.": a short sentence that opens
  // with its date and tells no act sets the moment of the next one.
  const words = after.split(/\s+/).filter(Boolean).length;
  if (!OPENING_DATE.test(before) || words > SHORT_WORDS) return undefined;
  // "May 5: the drill.": a dated title over what it tells (a numbered list of moments) sets the
  // moment of the next sentence too.
  return /^\s*,/.test(after) || /^\s*(?::|\s[–—-])\s/.test(after) ? t : undefined;
}

/**
 * "May 9: The lecture.", "May 8 - the talks.": a dated title that names an occasion and nothing
 * else, neither who nor where, is a diary's heading over what the next sentence tells, not an
 * event of its own. Returns its date, the moment it sets.
 */
export function occasionTitle(s: Sentence): TimeMention | undefined {
  const sole = soleDate(s);
  return sole && !sole.before.trim() && OCCASION_TITLE.test(sole.after) ? sole.t : undefined;
}

/**
 * A sentence's one date, none to come, in a sentence that names no one, with the words before
 * and after it: what a sentence that only sets a moment may be.
 */
function soleDate(s: Sentence): { t: TimeMention; before: string; after: string } | undefined {
  const [t] = s.times;
  if (!t || s.times.length > 1 || s.actors.length || t.future) return undefined;
  return { t, before: s.text.slice(0, t.start - s.start), after: s.text.slice(t.end - s.start) };
}

/**
 * After the date, a colon or a dash, then "the" and one word, or two ("The lecture.", "the big
 * day").
 */
const OCCASION_TITLE = /^\s*(?::|\s[–—-])\s+(?:the|a|an)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s*[.!]?\s*$/i;

/** Only an opening preposition before the date. */
const OPENING_DATE = /^\s*(?:on|in|at|by)?\s*$/i;

/** The most words after an opening date for a sentence that only sets a moment. */
const SHORT_WORDS = 12;

/** "spent" right before the date it spent: "spent Monday", "spends Thursday". */
const SPENT_BEFORE = /\bsp(?:ent|ends|end)\s+$/i;

/**
 * "The admiral spent Monday with the fleet, and his host was at his side all day.": a day that a
 * sentence with no act of its own says someone spent somewhere is the day of the acts the next
 * sentence tells of it ("He started with briefings, then toured a carrier"), whoever it names.
 */
function daySpent(s: Sentence, triggers: TriggerHit[]): TimeMention | undefined {
  const [t] = s.times;
  if (!t || s.times.length > 1 || t.future || t.precision !== "day") return undefined;
  if (triggers.some((h) => !h.reference && h.rank >= 1)) return undefined;
  return SPENT_BEFORE.test(s.text.slice(0, t.start - s.start)) ? t : undefined;
}
