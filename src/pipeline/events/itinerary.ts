import type { ActorMention, EventDraft, Sentence } from "../types.ts";
import { ITINERARY_NOUNS, ITINERARY_VERBS, US_STATE } from "../lexicon/places.ts";
import { familyOf } from "./attach.ts";
import { bodyIn, isProgramme, namesSomeone, partTime, type ProgrammePart } from "./programme.ts";

/**
 * "Her itinerary also includes A, B and C", "the envoy's itinerary, an aide said, covers A and
 * B": whose itinerary (a possessive pronoun or noun, or a name and "'s"), its verb, and where the
 * list of stops begins (places.json itineraryNouns, itineraryVerbs).
 */
const ITINERARY = new RegExp(
  String.raw`\b(?:(?<pronoun>his|her|their)|(?<name>\p{Lu}[\p{L}.'’-]*)['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:${ITINERARY_NOUNS})\b(?:\s*,[^,;]{1,80},)?\s+(?:also\s+)?(?:will\s+)?(?<verb>${ITINERARY_VERBS})\s+`,
  "iu",
);

/** One of the nouns ITINERARY needs, as it reads them (any case). */
const ITINERARY_NOUN = new RegExp(String.raw`(?:${ITINERARY_NOUNS})`, "iu");

/** Where the list of stops ends: "among other sites", the next clause, the sentence's end. */
const LIST_END = /,?\s+(?:among|and)\s+(?:many\s+)?others?\b|;|,\s*(?:which|where|while)\b/i;

/** One stop from the next: a comma (not the one before a US state) or "and" (per-stop.ts too). */
export const STOP_SEPARATOR = new RegExp(
  String.raw`,(?!\s*(?:${US_STATE})(?=[\s,;.]|$))\s*(?:and\s+)?|\s+and\s+`,
  "g",
);

/** A stop that is names only ("Navy", "Air Force"), no common noun of its own. */
const NAMES_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s*)+$/u;
/** The last stop: names, then a plural common noun they all qualify ("Air Force bases"). */
const NAMES_THEN_HEAD = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Ll}+s\b/u;

/**
 * "Navy and Air Force bases": names listed before the plural noun of the last stop share that
 * noun, and the list is one stop, not a visit to each service.
 */
export function sharingAHead(stops: string[]): string[] {
  const last = stops.at(-1) ?? "";
  const before = stops.slice(0, -1);
  if (!before.length || !NAMES_THEN_HEAD.test(last) || !before.every((s) => NAMES_ONLY.test(s)))
    return stops;
  return [`${before.join(", ")} and ${last}`];
}

/**
 * The stops an itinerary lists, each a visit of the trip's traveller (ANNOTATION.md: the parts of
 * an announced programme with their own place are events of their own), dated at the month of
 * the trip. The traveller is the one named before "'s", or, after "his", "her", "their" or a
 * common noun's "'s" ("the envoy's"), the one of the latest trip of several days the article has
 * told. Planned unless the verb is past.
 */
export function itineraryStops(
  s: Sentence,
  narration: string,
  events: EventDraft[],
  actors: ActorMention[],
): ProgrammePart[] {
  // Every match holds an itinerary noun: most sentences have none, and the pattern tries every
  // capitalised word before it fails.
  if (!ITINERARY_NOUN.test(narration)) return [];
  const m = ITINERARY.exec(narration);
  if (!m?.groups) return [];
  const { verb = "" } = m.groups;
  // "the envoy's itinerary": a lower-case possessor is the traveller told before, like "his".
  const name = /^\p{Lu}/u.test(m.groups.name ?? "") ? m.groups.name : undefined;
  const trips = events.filter(
    (e) => isProgramme(e) && e.triggers.some((t) => familyOf(t) === "visit"),
  );
  const named = name
    ? actors.find((a) => s.text.slice(a.start - s.start, a.end - s.start).endsWith(name))
    : undefined;
  if (name && !named) return [];
  const trip = trips.filter((e) => !named || e.actors.some((a) => a.key === named.key)).at(-1);
  const traveller = named ?? trip?.actors[0];
  const visit = trip?.triggers.find((t) => familyOf(t) === "visit");
  if (!trip || !traveller || !visit) return [];
  let list = narration.slice((m.index ?? 0) + m[0].length);
  const end = list.search(LIST_END);
  list = (end >= 0 ? list.slice(0, end) : list).replace(/[.!?]\s*$/, "");
  const past = /ed$|^took\b/i.test(verb);
  const at = s.start + (m.index ?? 0);
  const trigger = { ...visit, start: at, reference: false, inQuote: false };
  const stops = list
    .split(STOP_SEPARATOR)
    .map((stop) => stop.trim())
    .filter(namesSomeone);
  return sharingAHead(stops).map((stop) => {
    // "the Army's Fort Benning", "the U.S. Southern Command": a body visited is a party to it.
    const body = bodyIn(s, trigger, stop);
    return {
      t: partTime(at, trip.date.text, trip.date.value, !past),
      triggers: [trigger],
      actors: body ? [traveller, body] : [traveller],
      family: "visit",
      object: stop,
    };
  });
}
