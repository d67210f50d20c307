import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import { literal } from "./compile/patterns.ts";
import raw from "./data/places.json" with { type: "json" };

const iso = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code");

/**
 * Places and venues where US–China meetings happen (`data/places.json`), with ISO 3166-1 alpha-3
 * country codes. Venues are recognised anywhere ("a Pentagon news conference"); places after
 * "in"/"at", the first listed that a phrase names giving its country.
 */
const schema = z.strictObject({
  places: z.record(z.string().min(1), iso),
  /** Each venue's country and the towns it stands for when places are compared. */
  venues: z.record(
    z.string().min(1),
    z.strictObject({ country: iso, towns: z.array(z.string().min(1)).optional() }),
  ),
  /** US state abbreviations in AP style, which mark "Town, St." as a US place. */
  usStateAbbreviations: z.array(z.string().min(1)),
  /**
   * States written out after a town ("Honolulu, Hawaii", "Annapolis, Maryland"); not Washington,
   * which after a comma is more often the capital or its government ("in Beijing, Washington said").
   */
  usStateNames: z.array(z.string().min(1)),
  /**
   * Words that name a US military installation wherever they stand in its name ("Nellis Air Force
   * Base", "Naval Station Mayport", "Fort Hood"); bases abroad are named otherwise ("Kadena Air
   * Base", "Camp Humphreys").
   */
  usInstallations: z.array(z.string().min(1)),
  /** Last words of a building's name: a title says "at" it ("at the Great Hall"), not "in". */
  buildingWords: z.array(z.string().min(1)),
  /**
   * Nouns for a site a visitor tours inside a town, named or not ("the headquarters of the
   * fleet", "a submarine base", "the naval academy"): a stop of its own on a trip.
   */
  siteNouns: z.array(z.string().regex(/^[a-z]+$/, "one lower-case word")),
  /** Nouns for the list of a trip's stops ("his itinerary"). */
  itineraryNouns: z.array(z.string().min(1)),
  /**
   * Verbs by which an itinerary lists the stops ("includes", "takes in"): a past form ends in
   * "-ed" or is "took in".
   */
  itineraryVerbs: z.array(z.string().min(1)),
  /**
   * Words for a part of a country before its possessive ("in southwest China's Sichuan Province",
   * "in southern Japan's Okinawa"): the place is the one named after the possessive.
   */
  regionWords: z.array(z.string().regex(/^[a-z]+$/, "one lower-case word")),
});

const PLACES_FILE = parseLexicon(schema, raw, "places.json");

export const VENUES: Record<string, string> = Object.fromEntries(
  Object.entries(PLACES_FILE.venues).map(([v, { country }]) => [v, country]),
);

/** The town each venue is in, so "the Pentagon" and "Washington" are one place for merging. */
export const VENUE_TOWNS: Record<string, string[]> = Object.fromEntries(
  Object.entries(PLACES_FILE.venues).flatMap(([v, { towns }]) => (towns ? [[v, towns]] : [])),
);

export const PLACES: Record<string, string> = PLACES_FILE.places;

const ABBREVIATIONS = PLACES_FILE.usStateAbbreviations.map(literal).join("|");

/** US state abbreviations in AP style, which mark "Town, St." as a US place. */
export const US_STATE_ABBR = new RegExp(`^(${ABBREVIATIONS})\\.?$`);

/** A US state written out, alone: "Maryland". */
export const US_STATE_NAME = new RegExp(`^(?:${PLACES_FILE.usStateNames.map(literal).join("|")})$`);

/** The kind of a US military installation, as a regex source: "Air Force Base", "Fort". */
export const US_INSTALLATION_KIND = `(?:${PLACES_FILE.usInstallations.map(literal).join("|")})`;

/** A US military installation's name: "Travis Air Force Base", "Fort Hood". */
export const US_INSTALLATION = new RegExp(`\\b${US_INSTALLATION_KIND}\\b`);

/** A place "in" a US state written out, at the end of a phrase: "a shipyard in Maine". */
export const IN_US_STATE = new RegExp(
  `\\s(?:in|near)\\s+(?:${PLACES_FILE.usStateNames.map(literal).join("|")})$`,
);

/** A US state after a town's name, as a regex source: "Calif." or "Hawaii". */
export const US_STATE = `(?:${ABBREVIATIONS})\\.|${PLACES_FILE.usStateNames.map(literal).join("|")}`;

/** Any of the building words, as a whole word (compiled once: titles ask for every event). */
const BUILDING_WORD = new RegExp(`\\b(?:${PLACES_FILE.buildingWords.map(literal).join("|")})\\b`);

/** A building's last word right after a text: "August 1st Building" names a building, not a day. */
export const BUILDING_WORD_AFTER = new RegExp(
  `^\\s+(?:${PLACES_FILE.buildingWords.map(literal).join("|")})\\b`,
);

/**
 * The words that say what kind of site a place is ("Fort", "Air Force Base", "Hall"), not which
 * one: two places that share only these are two places.
 */
export const SITE_KIND_WORDS: ReadonlySet<string> = new Set(
  [...PLACES_FILE.usInstallations, ...PLACES_FILE.buildingWords].flatMap((k) => k.split(" ")),
);

/** The known venues' names, listed once. */
const VENUE_NAMES = Object.keys(VENUES);

/** Whether a place names a known venue or a building ("the Pentagon", "the Space Center"). */
export function namesSite(place: string): boolean {
  return VENUE_NAMES.some((v) => place.includes(v)) || BUILDING_WORD.test(place);
}

/** A place a title puts "at" rather than "in": a known venue or a building by its last word. */
export function isVenue(place: string): boolean {
  return /^the\s/i.test(place) || namesSite(place);
}

/** A part of a country before its possessive ("east", "southwestern"), as an alternation. */
export const REGION_WORDS: string = PLACES_FILE.regionWords.join("|");

/**
 * A visit's object that is a site of its own: up to four words (an owner, a kind) and a site's
 * noun, right after the verb ("the headquarters of", "a submarine base", "its naval academy").
 */
export const SITE_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:the|a|an|its|his|her|their|one|two|three|several)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:${PLACES_FILE.siteNouns.join("|")})s?\b`,
);

/** Nouns for a trip's list of stops, as an alternation. */
export const ITINERARY_NOUNS: string = PLACES_FILE.itineraryNouns.map(literal).join("|");
/** Verbs by which an itinerary lists its stops, as an alternation. */
export const ITINERARY_VERBS: string = PLACES_FILE.itineraryVerbs.map(literal).join("|");
