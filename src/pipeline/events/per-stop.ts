import type { Group } from "./groups.ts";
import type { Sentence } from "../types.ts";
import { bestTrigger } from "./triggers.ts";
import { familyOf } from "./attach.ts";
import { boundsOf } from "./split.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import { US_INSTALLATION, namesSite } from "../lexicon/places.ts";
import { STOP_SEPARATOR } from "./itinerary.ts";

/**
 * Where a list of stops ends: the next clause (", where …", ", before …"), a purpose ("to meet",
 * "for talks"), a semicolon or colon, or the sentence's end.
 */
const LIST_END =
  /[;:]|,\s*(?:which|where|who|while|before|after|during|as)\b|\s(?:to|for)\s+(?=[a-z])|\.\s*$/;

/** A stop is a site of its own: a military installation, a known venue, a building. */
const isSite = (stop: string) => US_INSTALLATION.test(stop) || namesSite(stop);

/**
 * "Next week the general will tour Naval Air Station Oceana, Fort Hood and the Johnson Space
 * Center": a trip's verb with a list of sites, each an installation, a
 * venue or a building, is one stop per site (ANNOTATION.md: the parts of a programme with a place
 * of their own are events of their own). Cities and countries named together ("visited Tokyo,
 * Beijing and Seoul") are one trip's, and so is a list with any other item in it.
 */
export function perStop(s: Sentence, g: Group): Group[] {
  const best = bestTrigger(g.triggers.filter((h) => !h.reference && !h.inQuote));
  if (!best || familyOf(best) !== "visit" || NOUN_FAMILY[best.text.toLowerCase()]) return [g];
  const { to } = boundsOf(s, g);
  const at = best.start - s.start + best.text.length;
  let list = s.text.slice(at, to - s.start);
  const end = list.search(LIST_END);
  if (end >= 0) list = list.slice(0, end);
  // A date inside the list is a stop's own: the stops are told one by one elsewhere.
  if (s.times.some((t) => t.start >= s.start + at && t.start < s.start + at + list.length))
    return [g];
  const stops: { start: number; text: string }[] = [];
  let from = 0;
  for (const m of list.matchAll(STOP_SEPARATOR)) {
    stops.push({ start: from, text: list.slice(from, m.index) });
    from = (m.index ?? 0) + m[0].length;
  }
  stops.push({ start: from, text: list.slice(from) });
  // "fly to A": the verb's preposition may be left to the list.
  const named = stops
    .map((x) => {
      const lead = /^\s*(?:(?:to|in|at)\s+)?/.exec(x.text)?.[0].length ?? 0;
      return { start: x.start + lead, text: x.text.slice(lead).trim() };
    })
    .filter((x) => x.text);
  if (named.length < 2 || !named.every((x) => isSite(x.text))) return [g];
  return named.map((x) => {
    const start = s.start + at + x.start;
    return {
      ...g,
      span: { start, end: start + x.text.length },
      destination: x.text,
    };
  });
}
