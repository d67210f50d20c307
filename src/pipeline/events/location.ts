import { CALENDAR_WORD } from "../lexicon/calendar.ts";
import { COUNTRIES } from "../lexicon/countries.ts";
import { literal } from "../lexicon/compile/patterns.ts";
import {
  IN_US_STATE,
  PLACES,
  US_INSTALLATION,
  US_INSTALLATION_KIND,
  US_STATE,
  REGION_WORDS,
  SITE_KIND_WORDS,
  US_STATE_ABBR,
  US_STATE_NAME,
  VENUE_TOWNS,
  VENUES,
} from "../lexicon/places.ts";
import { matchesOf } from "../util/matches.ts";
import { remembered } from "../util/remembered.ts";

/** Where an event took place. */
export interface Place {
  name: string;
  country?: string;
}

const VENUE_RE = new RegExp(`\\b(${Object.keys(VENUES).map(literal).join("|")})\\b`);
// A capitalised place word that is not a month or weekday ("in Beijing in June" is Beijing).
const CAP = String.raw`(?!${CALENDAR_WORD})[A-Z][\w.'’-]*`;
const STATE = US_STATE;
// "at the Sunnylands estate in Rancho Mirage near Palm Springs, Calif." / "in San Jose, Calif." / "in Beijing"
const PHRASE = new RegExp(
  String.raw`\b(?:at|in)\s+((?:the\s+)?${CAP}(?:\s+${CAP})*(?:\s+(?:estate|retreat|headquarters|compound|hotel))?(?:\s+(?:in|near)\s+${CAP}(?:\s+${CAP})*)*(?:,\s+(?:${STATE}))?)`,
  "g",
);

/** A place's capitalised words, with its US state after a comma if any ("Bath, Maine"). */
const NAMED_PLACE = String.raw`${CAP}(?:\s+${CAP})*(?:,\s+(?:${STATE}))?`;

/**
 * "came on from Manila, where she saw …", "went on to Hanoi, where …": the place a relative "where"
 * clause tells of, named after a verb's "from" or "to" rather than "in" or "at".
 */
const WHERE_PLACE = new RegExp(String.raw`\b(?:from|to)\s+(${NAMED_PLACE}),\s+where\b`, "g");

/** A place's phrase ("from Seoul", "in Rancho Mirage, Calif.") closing the text before a clause. */
const PLACE_PHRASE_LAST = new RegExp(String.raw`\b(?:from|to|in|at)\s+${NAMED_PLACE}\s*$`);

/**
 * Where the phrase of the place a "where" clause tells of starts in the text before the clause
 * (", where that evening she saw …" after "came on from Manila"), if the clause opens so.
 */
export function placeBeforeWhere(before: string, clause: string): number | undefined {
  if (!/^\s*,?\s*where\b/.test(clause)) return undefined;
  const m = before.match(PLACE_PHRASE_LAST);
  return m?.index;
}

/**
 * Words after a venue that make it an employer or a speaker, not a place ("White House
 * spokesman", "the Pentagon said").
 */
const AFFILIATION =
  /^['’]?s?\s+(?:spokes(?:man|woman|person)|press secretary|officials?|aides?|advisers?|sources?|statement|budget|press office|said|says|announced|confirmed|reported)\b/i;

/** The known venues with their countries, listed once. */
const VENUE_COUNTRIES = Object.entries(VENUES);

/** Each known place as a whole-word pattern, with its country, compiled once. */
const PLACE_PATTERNS: [RegExp, string][] = Object.entries(PLACES).map(([place, c]) => [
  new RegExp(`\\b${literal(place)}\\b`),
  c,
]);

function countryOf(phrase: string): string | undefined {
  for (const [venue, c] of VENUE_COUNTRIES) if (phrase.includes(venue)) return c;
  for (const [place, c] of PLACE_PATTERNS) if (place.test(phrase)) return c;
  // "Town, St." or "Town, State": a US place the lexicon need not list.
  const state = phrase.match(/,\s+([^,]+)$/)?.[1];
  if (state && (US_STATE_ABBR.test(state) || US_STATE_NAME.test(state))) return "USA";
  // "a shipyard in Maine", "Fort Hood": a place in a state, or a US base.
  if (IN_US_STATE.test(phrase) || US_INSTALLATION.test(phrase)) return "USA";
  return undefined;
}

/**
 * The country a destination lies in: a country by any of its names ("the U.S.", "America"), its
 * capital, or a known place or venue ("the Pentagon"). Undefined for a place the lexicons do not know.
 */
export function countryOfDestination(name: string): string | undefined {
  return countryNamedBy(name) ?? countryOf(name.replace(/^the\s+/i, "").replace(/[.,]+$/, ""));
}

/**
 * The country a place names outright: a country by any of its names, its capital, or a place the
 * lexicon knows, the whole name ("Japan", "the U.S.", "Beijing", "Hawaii"). Undefined for any
 * other phrase, even one that holds a known name ("the U.S. embassy" stands in another capital).
 */
export function countryNamedBy(name: string): string | undefined {
  return NAMED_PLACES.get(normPlace(name.replace(/^the\s+/i, "")));
}

/** A place's name as looked up: lower case, no full stop or comma at its end. */
const normPlace = (x: string) => x.toLowerCase().replace(/[.,]+$/, "");

/**
 * Every name `countryNamedBy` knows, with its country, built once: merging asks for two
 * destinations per pair of drafts. A country's own names win over the places list.
 */
const NAMED_PLACES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(PLACES).map(([place, iso]) => [normPlace(place), iso] as const),
  ...COUNTRIES.flatMap((c) =>
    [...c.names, ...c.alsoCalled, ...c.capitals].map((n) => [normPlace(n), c.iso] as const),
  ),
]);

/**
 * Whether a capitalised phrase is only a nationality word ("the Chinese" of "the Chinese navy's
 * fleet"): a modifier of what was visited, not a destination. A word that is also a country's
 * name ("the U.S.") is a destination.
 */
export function isNationalityOnly(phrase: string): boolean {
  const bare = phrase.replace(/^the\s+/i, "").replace(/[.,]+$/, "");
  return COUNTRIES.some(
    (c) =>
      c.adjectives.some((a) => a.replace(/[.,]+$/, "") === bare) &&
      ![...c.names, ...c.alsoCalled].some(
        (n) => n.replace(/^the\s+/i, "").replace(/[.,]+$/, "") === bare,
      ),
  );
}

/**
 * The place a sentence says something happened: an "at/in" phrase naming a known place or a
 * "Town, St." US place, else a known venue named anywhere ("a Pentagon news conference").
 */
export function findLocation(text: string): Place | undefined {
  return findLocations(text)[0];
}

/** Every venue of a text (matchesOf leaves the pattern as it was, so one pattern serves every call). */
const VENUES_ALL = new RegExp(VENUE_RE.source, "g");

/**
 * "in southwest China's Sichuan Province", "in Japan's Okinawa", "in Hawaii's Pearl Harbor": a place
 * inside a country or a known place named by its possessive, after a word for a part of it or none.
 */
const OWNER_ISO = new Map([
  ...Object.entries(PLACES),
  ...COUNTRIES.flatMap((c) => c.names.map((n) => [n, c.iso] as const)),
]);
const IN_COUNTRYS_REGION = new RegExp(
  String.raw`\b(?:at|in)\s+(?:(?:${REGION_WORDS})\s+)?(${[...OWNER_ISO.keys()].map(literal).join("|")})['’]s\s+(${CAP}(?:\s+${CAP})*(?:\s+[Pp]rovince)?)`,
  "g",
);

/**
 * "flew into the state of Texas", "in the province of Sichuan": a place named after the word for
 * its kind, found wherever a known place or a US state is so named.
 */
const THE_KIND_OF = new RegExp(
  String.raw`\b(?:at|in|into|to)\s+the\s+(?:state|province|city|town|port|island)\s+of\s+(${CAP}(?:\s+${CAP})*)`,
  "g",
);

/** The places `IN_COUNTRYS_REGION` and `THE_KIND_OF` read in a text, with where each stands. */
function placesByOwnerOrKind(text: string): { at: number; place: Place }[] {
  // Only a text with a possessive, or with " of ", can hold one: most have neither.
  const owned = /['’]s\s/.test(text)
    ? matchesOf(text, IN_COUNTRYS_REGION).flatMap((m) => {
        const country = OWNER_ISO.get(m[1] ?? "");
        const name = (m[2] ?? "").replace(/[,.]$/, "");
        return country && name ? [{ at: m.index ?? 0, place: { name, country } }] : [];
      })
    : [];
  const kinds = / of /.test(text)
    ? matchesOf(text, THE_KIND_OF).flatMap((m) => {
        const name = (m[1] ?? "").replace(/[,.]$/, "");
        const country = countryOf(name) ?? (US_STATE_NAME.test(name) ? "USA" : undefined);
        return country ? [{ at: m.index ?? 0, place: { name, country } }] : [];
      })
    : [];
  return [...owned, ...kinds].sort((a, b) => a.at - b.at);
}

/** The place a phrase after "in"/"at" names (PHRASE's capture), if it is one. */
function phrasePlace(captured: string): Place | undefined {
  const phrase = captured
    .replace(/[,.]$/, (c) => (/,\s+\S+\.$/.test(captured) ? c : ""))
    .replace(/,$/, "");
  // "in China’s national defense": a possessive modifies a noun, it is not a place.
  if (/['’]s$/.test(phrase)) return undefined;
  const country = countryOf(phrase);
  if (!country) return undefined;
  // Countries alone ("in China") describe a topic more often than a venue.
  if (/^(the\s+)?(China|United States|U\.S\.)$/.test(phrase)) return undefined;
  // "islands in the East China Sea": open water is what a dispute is about, not where people met.
  if (WATERS.test(phrase)) return undefined;
  return { name: phrase.replace(/^the\s+/, "The ").replace(/^The /, "the "), country };
}

/**
 * Every place a text names after "in"/"at", a country's region among them (in order), then its
 * US bases and its venues named anywhere.
 */
export function findLocations(text: string): Place[] {
  const regions = placesByOwnerOrKind(text);
  // "in Japan's Okinawa" is read as the region, Okinawa, not as the phrase it also is.
  const regionAt = new Set(regions.map((r) => r.at));
  const phrases = [...matchesOf(text, PHRASE), ...matchesOf(text, WHERE_PLACE)].flatMap((m) => {
    const at = m.index ?? 0;
    const place = regionAt.has(at) ? undefined : phrasePlace(m[1] ?? "");
    return place ? [{ at, place }] : [];
  });
  // The places after "in" and "at" and the regions, in text order.
  const out = [...phrases, ...regions].sort((a, b) => a.at - b.at).map((x) => x.place);
  // "toured Naval Station Mayport", "flew over Travis Air Force Base": a US base wherever it stands.
  // The kind is looked for first: the name's pattern is costly to try at every word of a text.
  const bases = US_INSTALLATION.test(text) ? matchesOf(text, INSTALLATION_NAME) : [];
  for (const b of bases) {
    // The sentence's full stop after the name ("toured Fort Knox.") is not part of it.
    const name = b[0].replace(/^(?:At|In|On|The|From)\s+/, "").replace(/\.$/, "");
    if (!out.some((p) => p.name.includes(name))) out.push({ name, country: "USA" });
  }
  for (const v of matchesOf(text, VENUES_ALL)) {
    const venue = v[1] ?? "";
    // "White House spokesman Jay Carney", "Pentagon officials": who speaks, not where.
    if (AFFILIATION.test(text.slice((v.index ?? 0) + venue.length))) continue;
    if (/\baccording to (?:the\s+)?$/i.test(text.slice(0, v.index ?? 0))) continue;
    out.push({ name: venue === "Pentagon" ? "the Pentagon" : venue, country: VENUES[venue] });
  }
  return out;
}

/** A US base's name, the capitalised words before and after its kind ("Naval Station Mayport"). */
const INSTALLATION_NAME = new RegExp(
  String.raw`(?:${CAP}\s+){0,3}\b${US_INSTALLATION_KIND}(?:\s+${CAP}){0,3}`,
  "g",
);

/** A body of water's name: never the venue of a meeting. */
const WATERS = /\b(?:Sea|Ocean|Strait|Gulf|Bay|Channel)\b/;

/** Words that name a place: capitalised, not "The", not a state abbreviation. */
function placeWords(p: Place): ReadonlySet<string> {
  return wordsOfPlaceOnce(p.name);
}

function wordsOfPlace(name: string): ReadonlySet<string> {
  // "Fort McNair" and "Fort Stewart" share the kind of site, not the site.
  const words = new Set(
    name
      .split(/[\s,]+/)
      .filter(
        (w) => /^[A-Z]/.test(w) && !US_STATE_ABBR.test(w) && w !== "The" && !SITE_KIND_WORDS.has(w),
      ),
  );
  // A venue stands for its town too: "the Pentagon" is in Washington.
  for (const [venue, towns] of Object.entries(VENUE_TOWNS))
    if (name.includes(venue)) for (const t of towns) for (const w of t.split(" ")) words.add(w);
  return words;
}

/**
 * Each place name's words, worked out once: merging compares the places of every pair of drafts
 * it weighs. They depend on the name alone.
 */
const wordsOfPlaceOnce = remembered(wordsOfPlace);

/** The known venue a place names, if any. */
function venueOf(name: string): string | undefined {
  return Object.keys(VENUES).find((v) => name.includes(v));
}

/**
 * Whether two places are one site: the same known venue ("the Sunnylands estate", "Sunnylands
 * Retreat"), or the same name. A town and a venue in it do not conflict, but are not one site.
 */
export function sameSite(a: Place | undefined, b: Place | undefined): boolean {
  if (!a || !b) return false;
  const va = venueOf(a.name);
  if (va) return va === venueOf(b.name);
  const bare = (p: Place) => p.name.replace(/^the\s+/i, "").toLowerCase();
  return bare(a) === bare(b);
}

/** Two places conflict when neither names a word of the other (venues count as their town). */
export function placesConflict(a: Place | undefined, b: Place | undefined): boolean {
  if (!a || !b) return false;
  // Two named venues are two places even in one town: the White House is not the Pentagon.
  const va = venueOf(a.name);
  const vb = venueOf(b.name);
  const sameSite = (x: string, y: string) => (VENUE_TOWNS[x] ?? []).includes(y);
  if (va && vb && va !== vb && !sameSite(va, vb) && !sameSite(vb, va)) return true;
  const wa = placeWords(a);
  const wb = placeWords(b);
  for (const w of wb) if (wa.has(w)) return false;
  if (a.country && b.country && a.country !== b.country) return true;
  return wa.size > 0 && wb.size > 0;
}
