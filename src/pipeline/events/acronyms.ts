import { matchesOf } from "../util/matches.ts";
/**
 * Acronyms and the names they stand for, so "the S&ED" and "the Strategic and Economic Dialogue"
 * are one occasion: from a definition in the article ("the Cyber Working Group (CWG)") or,
 * across articles, from the initials of the name.
 */

/** Words that do not give a letter to an acronym ("Strategic and Economic Dialogue" → SED). */
const FUNCTION_WORD = /^(of|and|the|for|on|in|to|a|an|at|&)$/i;

/** A token written as an acronym: capitals with "&" or "-" ("S&ED", "SSD", "ADMM-Plus"). */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z&]*[A-Z](?:-[A-Z][a-z]+)?$/.test(word) && word.length <= 10;
}

/** The letters an acronym spells: "S&ED" → "SED", "ADMM-Plus" → "ADMMP". */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/[^A-Z]/g, "");
}

/** Initials of a name's capitalised words, hyphenated parts apart: "Meeting-Plus" → "MP". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !FUNCTION_WORD.test(w) && /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * Whether `acronym` abbreviates `name`: its letters are the initials of the name's last
 * capitalised words ("SED" ends "Fifth round of the U.S.-China Strategic and Economic Dialogue").
 * Two-letter acronyms must spell the whole name: as a suffix they match too much.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  const initials = initialsOf(name);
  if (letters.length < 2 || !isAcronym(acronym)) return false;
  return letters.length === 2 ? initials === letters : initials.endsWith(letters);
}

/** Whether the acronym's letters occur in order in `candidate`, the first one opening it. */
function spells(letters: string, candidate: string): boolean {
  const text = candidate.toLowerCase();
  const want = letters.toLowerCase();
  if (text[0] !== want[0]) return false;
  let at = 1;
  for (const ch of want.slice(1)) {
    const next = text.indexOf(ch, at);
    if (next < 0) return false;
    at = next + 1;
  }
  return true;
}

/** "(ACR)": where a definition can end. */
const PAREN_ACRONYM = /\(([A-Z][A-Za-z&-]{1,9})\)/g;
const SPACE = /\s/;
const WORD_CHAR = /[^\s()]/;

/**
 * The matches of /((?:[^\s()]+\s+){1,10})\(([A-Z][A-Za-z&-]{1,9})\)/g as [words, acronym], found
 * from each parenthesis backwards rather than by trying the pattern at every position of the text
 * (which made this the pipeline's slowest step): the words are the up to ten runs of non-spaces
 * before it, each followed by spaces, not reaching back before the end of the previous match.
 */
export function* definitionMatches(text: string): Generator<[string, string]> {
  let floor = 0;
  for (const m of matchesOf(text, PAREN_ACRONYM)) {
    const at = m.index;
    let start = at;
    for (let count = 0; count < 10; count++) {
      let j = start;
      while (j > floor && SPACE.test(text[j - 1] ?? "")) j--;
      if (j === start) break;
      let k = j;
      while (k > floor && WORD_CHAR.test(text[k - 1] ?? "")) k--;
      if (k === j) break;
      start = k;
    }
    if (start === at) continue;
    floor = at + m[0].length;
    yield [text.slice(start, at), m[1] ?? ""];
  }
}

/**
 * The definitions an article gives: "Name (ACR)". The name is the shortest run of words before
 * the parenthesis that opens with the acronym's first letter and spells its letters in order
 * (Schwartz and Hearst's rule), so "… Association of Southeast Asian Nations (ASEAN)" and
 * "the Rim of the Pacific exercise (RIMPAC)" are found as well as plain initials.
 */
export function acronymDefinitions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [before, acronym] of definitionMatches(text)) {
    if (!isAcronym(acronym) || out.has(acronym)) continue;
    const words = before.trim().split(/\s+/);
    const letters = acronymLetters(acronym);
    for (let k = 1; k <= words.length; k++) {
      const first = words[words.length - k] ?? "";
      if (FUNCTION_WORD.test(first) || !/^[A-Z]/.test(first)) continue;
      const candidate = words
        .slice(-k)
        .join(" ")
        .replace(/[,;:]+$/, "");
      if (spells(letters, candidate.replace(/[^A-Za-z]/g, ""))) {
        out.set(acronym, candidate);
        break;
      }
    }
  }
  return out;
}
