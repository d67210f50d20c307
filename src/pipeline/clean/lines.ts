import { isCitationLine } from "./citation-line.ts";
import { FULL_DATE_ALL } from "../util/dates.ts";
import { EAST_ASIAN_SENTENCE } from "../util/east-asian.ts";
import { splitSentences } from "../segment/sentences.ts";
import {
  CREDIT_LINE,
  FOOTER_START,
  LINK_LIST_HEADING,
  META_LINE,
  WIDGET_LINE,
  isForeignLine,
  CAPTION_LABEL,
} from "../lexicon/furniture.ts";

import { matchesAny } from "./rule-sets.ts";
import { readUpdateEntry } from "./update-entry.ts";

export { matchesAny };

/** A heading set in brackets, as some sites print their boxes' labels ("[Related]", "【More】"). */
const BRACKETED = /^[[【]\s*([^\]】]*?)\s*[\]】]$/u;

export const isFooterStart = (line: string) =>
  matchesAny(FOOTER_START, line.replace(BRACKETED, "$1")) && !headingWordsOpenProse(line);

/** The fewest words of a line that opens with a heading's words and goes on as a sentence. */
const PROSE_AFTER_HEADING_WORDS = 10;

/**
 * "More from the briefing: he said the talks had gone well.": words a link list's heading opens
 * with ("More from", "Latest news"), then a colon and a clause in lower case that ends as a
 * sentence, are a live blog's or a digest's running prose, not the heading of the links below.
 */
function headingWordsOpenProse(line: string): boolean {
  return (
    /^[^:]{1,40}:\s+\p{Ll}/u.test(line) &&
    moreWordsThan(line, PROSE_AFTER_HEADING_WORDS) &&
    endsLikeSentence(line) &&
    isLinkListHeading(line)
  );
}
export const isLinkListHeading = (line: string) => matchesAny(LINK_LIST_HEADING, line);
/** The fewest words of a caption's sentence before its credit. */
const CAPTION_MIN_WORDS = 8;

/**
 * A photo's credit, or a line that is mostly one ("DOD photo by Jane Roe", "(AP Photo)"). A
 * caption that ends with its credit ("The minister reviews an honor guard in the capital, May 4, 2012. DOD photo
 * by Jane Roe") is the caption, which may report a dated event (ANNOTATION.md): a whole sentence
 * before the credit keeps the line.
 */
export function isCreditLine(line: string): boolean {
  // Most lines hold no credit: one joined test lets them go before each rule is searched.
  if (!hasPhotoCredit(line)) return false;
  const found = CREDIT_LINE.map((r) => line.search(r)).filter((i) => i >= 0);
  if (!found.length) return false;
  const at = Math.min(...found);
  // The sentences before the credit's own words ("DOD photo by …").
  const before = line.slice(0, at).replace(/[^.!?]*$/, "");
  return wordCount(before) < CAPTION_MIN_WORDS;
}

/**
 * Whether a line holds a photo's credit ("… in Beijing on Friday. [Photo by Jane Roe]"): the
 * line is a caption, which tells what a photo shows, so what has already happened.
 */
export const hasPhotoCredit = (line: string) => matchesAny(CREDIT_LINE, line);

/** A photo's caption: a line with a photo's credit, or one that opens with a caption's label. */
export const isCaptionLine = (line: string) => hasPhotoCredit(line) || CAPTION_LABEL.test(line);

export const isWidgetLine = (line: string) => matchesAny(WIDGET_LINE, line);

/** The index of the nearest line above line `i` with anything on it, if any. */
export function filledAbove(lines: readonly string[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j]) return j;
  return undefined;
}

/** The index of the nearest line below line `i` with anything on it, if any. */
export function filledBelow(lines: readonly string[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]) return j;
  return undefined;
}
/**
 * A stamp's line ("Updated: March 8, 2012 9:20 a.m."), but not a paragraph added after
 * publication under its update's label ("Updated March 8 at 9:20 a.m.: The ministry said …"):
 * the prose after the label is the story's.
 */
export const isMetaLine = (line: string) => META_LINE.test(line) && !isUpdateParagraph(line);

function isUpdateParagraph(line: string): boolean {
  const entry = readUpdateEntry(line);
  return entry !== undefined && isShortSentence(line.slice(entry.length));
}

/** Fewest words of a sentence of its own after a label: more than a stamp's "Corrected." */
const SHORT_SENTENCE_WORDS = 5;

/**
 * Text after a label (a dateline, an update's) that is a sentence of its own, however short: it
 * opens with a capital, ends as a sentence and has a few words ("Gates met Liang today.").
 */
export function isShortSentence(text: string): boolean {
  return (
    /^\s*\p{Lu}/u.test(text) &&
    endsLikeSentence(text) &&
    moreWordsThan(text, SHORT_SENTENCE_WORDS - 1)
  );
}

/** Whether a code point is white space as `\s` has it. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER = /\p{L}/u;

/** Whether a code point is a letter (`\p{L}`); ASCII answered without the Unicode tables. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(c));
}

/**
 * Words of a line: runs between spaces that hold a letter (as many as a global match of a letter
 * within non-space characters would find).
 * One pass over the characters, no regex in the common ASCII case: it is asked of every line.
 */
export const wordCount = (line: string): number => countWords(line, Infinity);

/**
 * Whether a line has more than `n` words (`wordCount(line) > n`), read only as far as that: most
 * questions of a line's length are asked of long prose, whose count only grows past the bound.
 */
export const moreWordsThan = (line: string, n: number): boolean => countWords(line, n) > n;

/** The words of a line, counted until there are more than `enough` (then that many or more). */
function countWords(line: string, enough: number): number {
  let words = 0;
  let lettered = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    if (isSpace(c)) {
      if (lettered && ++words > enough) return words;
      lettered = false;
    } else if (!lettered && isLetter(c)) lettered = true;
  }
  return lettered ? words + 1 : words;
}

/** What may close a sentence after its stop: quotes and brackets. */
const CLOSERS = `"”’')]`;
/** What ends a sentence. */
const STOPS = ".!?…:";

/**
 * Ends like a sentence (allowing closing quotes/brackets) rather than like a menu item or heading:
 * `/[.!?…:]["”’')\]]*$|["”]$/`, read from the line's end, as the pattern tried at every
 * position of a long line was not. No stop is a closer, so a stop followed by closers alone is
 * the character before the line's trailing closers.
 */
export function endsLikeSentence(line: string): boolean {
  const last = line.at(-1);
  if (last === '"' || last === "”") return true;
  let end = line.length;
  while (end > 0 && CLOSERS.includes(line.charAt(end - 1))) end--;
  return end > 0 && STOPS.includes(line.charAt(end - 1));
}

/** A menu: three or more items between bars ("Home | China | World"). */
/** "#china  #cyber  #infosec": a post's tags, each a hashtag, and nothing else on the line. */
export const isTagLine = (line: string) => /^\s*(?:#[\p{L}\d_-]+\s*){2,}$/u.test(line);

export const isMenuLine = (line: string) => (line.match(/\s\|\s/g)?.length ?? 0) >= 2;

/** A line with each full date's day and year counted as words, as its month is. */
const withDateWords = (line: string) =>
  /\d/.test(line) ? line.replace(FULL_DATE_ALL, (date) => date.replace(/\d+/g, "n")) : line;

/** The fewest words of a line of prose. */
const PROSE_MIN_WORDS = 12;

/**
 * A line of running prose: long enough and punctuated like a sentence, and no menu (whose last
 * item may end on a full stop: "… | About the U.S.").
 */
export function isProse(line: string): boolean {
  if (isMenuLine(line)) return false;
  // A full stop inside the line counts only where the sentence splitter ends a sentence: after
  // an initial or a title ("Robert M. Gates", "Gen. Liang") a heading goes on. A full date is
  // words of the sentence too ("… held a news conference on February 5, 2013.").
  return (
    moreWordsThan(withDateWords(line), PROSE_MIN_WORDS - 1) &&
    (endsLikeSentence(line) || splitSentences(line).length > 1)
  );
}

/** The story's last line of prose at or after `bodyStart`, leaving out `chrome`'s lines, or -1. */
export function lastProseLine(
  lines: readonly string[],
  bodyStart: number,
  chrome: ReadonlySet<number> = new Set(),
): number {
  for (let i = lines.length - 1; i >= bodyStart; i--)
    if (!chrome.has(i) && isProse(lines[i] ?? "")) return i;
  return -1;
}

/** A caption line: one sentence that ends with a date, AP/AFPS style ("…, June 7, 2013."). */
export function looksLikeCaption(line: string): boolean {
  return (
    !moreWordsThan(line, 60) &&
    /,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:19|20)\d{2}\.?["”]?$/.test(line) &&
    !/["“”]/.test(line)
  );
}

/**
 * Whether a body line is furniture: widgets, credits, other-language text, or a short
 * unpunctuated line (menu item, heading, stray name) that cannot carry an event sentence.
 */
export function isBodyFurniture(line: string): boolean {
  return isCreditLine(line) || isFurnitureBesidesCredit(line);
}

/** isBodyFurniture for a line already known to be no credit line (each test asked of it alone). */
export function isFurnitureBesidesCredit(line: string): boolean {
  if (isWidgetLine(line) || isMetaLine(line) || isCitationLine(line)) return true;
  // A line with a Chinese or Japanese sentence's marks is a translation or a gloss beside the
  // story, whatever English it quotes ("对口者。例句：The minister will meet …").
  if (isForeignLine(line) || EAST_ASIAN_SENTENCE.test(line)) return true;
  if (!endsLikeSentence(line) && !moreWordsThan(line, 9)) return true;
  return false;
}
