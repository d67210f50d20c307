import {
  CREDIT_LINE,
  FOOTER_START,
  META_LINE,
  WIDGET_LINE,
  isForeignLine,
} from "../lexicon/furniture.ts";

const any = (rules: readonly RegExp[], line: string) => rules.some((r) => r.test(line));

export const isFooterStart = (line: string) => any(FOOTER_START, line);
export const isCreditLine = (line: string) => any(CREDIT_LINE, line);
export const isWidgetLine = (line: string) => any(WIDGET_LINE, line);
export const isMetaLine = (line: string) => META_LINE.test(line);

/** Words of a line: runs between spaces that hold a letter. One scan (it is asked of every line). */
export const wordCount = (line: string) => line.match(WORD_WITH_LETTER)?.length ?? 0;
const WORD_WITH_LETTER = /[^\s]*\p{L}[^\s]*/gu;

/** Ends like a sentence (allowing closing quotes/brackets) rather than like a menu item or heading. */
export const endsLikeSentence = (line: string) => /[.!?…:]["”’')\]]*$|["”]$/.test(line);

/** A line of running prose: long enough and punctuated like a sentence. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  return words >= 12 && (endsLikeSentence(line) || /[.!?]["”’]?\s+\S/.test(line));
}

/** A caption line: one sentence that ends with a date, AP/AFPS style ("…, June 7, 2013."). */
export function looksLikeCaption(line: string): boolean {
  return (
    wordCount(line) <= 60 &&
    /,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:19|20)\d{2}\.?["”]?$/.test(line) &&
    !/["“”]/.test(line)
  );
}

/**
 * Whether a body line is furniture: widgets, credits, other-language text, or a short
 * unpunctuated line (menu item, heading, stray name) that cannot carry an event sentence.
 */
export function isBodyFurniture(line: string): boolean {
  if (isWidgetLine(line) || isCreditLine(line) || isMetaLine(line)) return true;
  if (isForeignLine(line)) return true;
  if (!endsLikeSentence(line) && wordCount(line) < 10) return true;
  return false;
}
