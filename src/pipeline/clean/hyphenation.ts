import { matchesOf } from "../util/matches.ts";

/** A word of a page: a run of letters. */
const LETTER_RUN = /\p{L}+/gu;

/**
 * The words of a page, in lower case: what a word broken at a line's end is checked against. The
 * halves of a word cut at a line's end ("secre-" over "tary") are no words of the page, or every
 * cut word would read as a compound of two.
 */
export function pageWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  let cutAbove = false;
  for (const line of lines) {
    const whole = line.replace(cutAbove ? /^\p{Ll}+/u : /^/, "").replace(/\p{L}+-$/u, "");
    for (const m of matchesOf(whole, LETTER_RUN)) words.add(m[0].toLowerCase());
    cutAbove = /\p{L}-$/u.test(line);
  }
  return words;
}

/** A word cut by a hyphen at a line's end ("meet-"), and its start. */
const CUT_WORD = /(\p{L}[\p{L}.]*)-$/u;
/** The lower-case rest of a cut word at the next line's start ("ing with …"). */
const REST = /^(\p{Ll}+)/u;

/**
 * Joins the next line of a hard-wrapped column to the text above it when a hyphen at the line's
 * end breaks a word ("meet-" over "ing", "De-" over "cember", "U.S.-" over "China"): the word is
 * written whole, as the page printed it before the column was cut. The hyphen goes when the word
 * was cut between syllables, as typeset columns cut words, and stays in a compound ("two-" over
 * "day", "follow-" over "up"): where both halves are words the page uses, or the hyphenated
 * form is, or the next line goes on with a capital (`pageWords` is asked only then). Undefined
 * when no word is broken there.
 */
export function joinBrokenWord(
  above: string,
  line: string,
  pageWords: () => ReadonlySet<string>,
): string | undefined {
  // CUT_WORD ends on "-" at the text's end: without one, the search over the whole paragraph
  // joined so far (it grows with each line) is spared.
  const cut = above.endsWith("-") ? CUT_WORD.exec(above) : null;
  const first = cut?.[1];
  if (!cut || !first) return undefined;
  const rest = REST.exec(line)?.[1];
  if (!rest) return /^\p{Lu}/u.test(line) ? `${above}${line}` : undefined;
  const words = pageWords();
  const head = first.toLowerCase();
  const whole = `${head}${rest}`;
  const compound =
    !words.has(whole) && ((words.has(head) && words.has(rest)) || words.has(`${head}-${rest}`));
  return compound ? `${above}${line}` : `${above.slice(0, -1)}${line}`;
}
