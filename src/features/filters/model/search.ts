import { JOINED_PAIRS, JOINED_PREFIXES } from "./compounds.ts";

/**
 * How text becomes search terms, for the index and the query alike: case, accents and hyphens
 * do not matter, and a compound is one term however it is written, so "cybersecurity",
 * "cyber security" and "Cyber-Security" are all "cybersecurity".
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

/** What separates words: anything but a letter or a digit (apostrophes too: "china's" → "china", "s"). */
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/**
 * Lower case without diacritics ("Zhōu" and "zhou" are the same to a searcher), hyphens between
 * letters read as spaces, and the compounds of compounds.ts closed up.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(INNER_HYPHEN, "$1 ")
    .replace(OPEN_COMPOUND, "$1");
}

/** The words of a text or a query, normalized; none for a blank one. */
export function searchTerms(text: string): string[] {
  return normalizeText(text).split(WORD_BREAK).filter(Boolean);
}

/** Shortest second part split off a closed compound: "counterpart" yes, "antic" no. */
const MIN_PART = 3;

/**
 * A term of the indexed text, with, for a closed compound, its parts as well: "cybersecurity"
 * is also found by "security" (and "whitepapers" by "papers"), as a substring search would.
 * Queries are not split, so "cyber security" still asks for the compound, not for both words.
 */
export function indexTerms(term: string): string[] {
  for (const prefix of JOINED_PREFIXES)
    if (term.length >= prefix.length + MIN_PART && term.startsWith(prefix))
      return [term, prefix, term.slice(prefix.length)];
  for (const [first, second] of JOINED_PAIRS)
    if (term.startsWith(first + second)) return [term, first, term.slice(first.length)];
  return [term];
}
