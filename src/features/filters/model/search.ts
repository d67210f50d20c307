import { JOINED_PAIRS, JOINED_PREFIXES } from "./compounds.ts";

/**
 * Free-text search: every word of the query must occur somewhere in the event's searchable text
 * (order-free, case-, accent- and hyphen-insensitive, with compounds written any way), so
 * "panetta cyber" finds a title naming Panetta whose quote says "cyber". Substring, not
 * whole-word, so "milit" finds "military" while typing.
 */

/** A hyphen (or a hyphen-like dash) between two letters: "cyber-security", "mil‑to‑mil". */
const INNER_HYPHEN = /(\p{L})[-\u2010\u2011](?=\p{L})/gu;

/** A compound's first word followed by spaces and the next word, which the search closes up. */
const OPEN_COMPOUND = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[
    ...JOINED_PREFIXES.map((prefix) => `${prefix}(?=\\s+\\p{L})`),
    ...JOINED_PAIRS.map(([first, second]) => `${first}(?=\\s+${second})`),
  ].join("|")})\\s+`,
  "gu",
);

/**
 * Lower case without diacritics ("Zhōu" and "zhou" are the same to a searcher), hyphens between
 * letters read as spaces, and the compounds of compounds.ts closed up: "cybersecurity",
 * "cyber security" and "Cyber-Security" all become "cybersecurity".
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(INNER_HYPHEN, "$1 ")
    .replace(OPEN_COMPOUND, "$1");
}

/** The words of a query, normalized; none for a blank query. */
export function searchTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}

/** `haystack` must already be normalized (done once per event, not per keystroke). */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
