import type { Group } from "./groups.ts";
import type { Sentence, TimeMention } from "../types.ts";
import { bestTrigger } from "./triggers.ts";
import { familyOf } from "./attach.ts";
import { boundsOf } from "./split.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import { STOP_SEPARATOR } from "./itinerary.ts";

/** Between a stop's day and the next stops: a comma, "and", "then", and the stop's preposition. */
const BETWEEN = /^[\s,;]*(?:(?:and|then)\s+)*(?:(?:at|to|in)\s+)?/;

/** A stop's own preposition, where the list repeats it ("at Fort Hood, at Fort Bliss"). */
const PREPOSITION = /^\s*(?:(?:at|to|in)\s+)?/;

/** What may follow the last day: nothing, or the trip's end ("before flying home"). */
const AFTER_LAST = /^\s*(?:(?:before|then)\s+[a-z][\w\s]*)?[.;]?\s*$/;

/** A stop's name: capitalised words, "the" before them at most ("the Naval Academy"). */
const NAMED_STOP = /^(?:the\s+)?\p{Lu}/u;

/** The words that lead into a stop's day ("on Wednesday", "later on Friday", "today"). */
const DAY_LEAD = /\s+(?:(?:on|later|early)\s+)*$/;

/**
 * "The general visits Fort Hood on Tuesday, Camp Pendleton and Naval Base San Diego on Wednesday,
 * and Fort Bliss on Thursday": a trip's verb, then its stops each followed by its own day, is one
 * happening per stop, on that stop's day (ANNOTATION.md: the parts of a programme with a place and
 * a day of their own are events of their own). Each stop is a name; every part of the list, to its
 * end, is stops and days. Returns one group per stop, with the traveller.
 */
export function perDatedStop(s: Sentence, g: Group): Group[] {
  const best = bestTrigger(g.triggers.filter((h) => !h.reference && !h.inQuote));
  if (!best || familyOf(best) !== "visit" || NOUN_FAMILY[best.text.toLowerCase()]) return [g];
  // The list runs to the sentence's end, past the stretch the first day's group was given: the
  // other days' groups hold no act of their own.
  const to = s.end;
  const listStart = best.start + best.text.length;
  if (listStart < boundsOf(s, g).from) return [g];
  const days = s.times
    .filter((t) => t.precision === "day" && t.start >= listStart && t.end <= to)
    .sort((a, b) => a.start - b.start);
  const last = days.at(-1);
  if (days.length < 2 || !last) return [g];
  if (!AFTER_LAST.test(s.text.slice(last.end - s.start, to - s.start))) return [g];
  const stops: { start: number; text: string; t: TimeMention }[] = [];
  let from = listStart;
  for (const day of days) {
    const part = s.text.slice(from - s.start, day.start - s.start);
    const lead = BETWEEN.exec(part)?.[0].length ?? 0;
    const words = part.slice(lead);
    const tail = DAY_LEAD.exec(words);
    const named = (tail ? words.slice(0, tail.index) : words).replace(/[\s,]+$/, "");
    if (!named.trim()) return [g];
    let at = 0;
    const pieces = [...named.matchAll(STOP_SEPARATOR)];
    for (const m of [...pieces, undefined]) {
      const end = m ? (m.index ?? 0) : named.length;
      const lead2 = PREPOSITION.exec(named.slice(at, end))?.[0].length ?? 0;
      const text = named.slice(at + lead2, end).trim();
      if (!NAMED_STOP.test(text)) return [g];
      stops.push({ start: from + lead + at + lead2, text, t: day });
      at = m ? end + m[0].length : end;
    }
    from = day.end;
  }
  // Two days of one stop each ("to Iowa on Wednesday and to Los Angeles on Friday") are two legs,
  // which the rules of legs already tell apart; a list is three days or a day of several stops.
  const perDay = new Set(stops.map((x) => x.t));
  if (perDay.size < 3 && stops.length === perDay.size) return [g];
  const traveller = g.actors.filter((a) => a.end <= listStart);
  return stops.map((x) => ({
    ...g,
    t: x.t,
    actors: traveller,
    span: { start: x.start, end: x.start + x.text.length },
    destination: x.text,
    apart: true,
  }));
}
