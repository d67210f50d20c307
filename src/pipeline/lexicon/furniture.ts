import { wordsOf, type Word } from "../util/words.ts";
import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import { literal } from "./compile/patterns.ts";
import { regexLiteralSchema, wordSetSchema } from "./compile/schemas.ts";
import raw from "./data/furniture.json" with { type: "json" };

/**
 * Page furniture (`data/furniture.json`): the parts of a saved web page that are not the article.
 * Each rule is a pattern over one line; the cleaner decides what to do with a matching line.
 */

const schema = z.strictObject({
  /** Lines from which everything to the end of the page is furniture (footers, link lists). */
  footerStart: z.array(regexLiteralSchema),
  /**
   * A labelled list of the page's tags, sections or sharing links ("Keywords: …", "Filed under:
   * …"): below the story it starts the footer; a journal's or blog's page may print it above the
   * story, under the author's note.
   */
  labelledLists: z.array(regexLiteralSchema),
  /**
   * A paper's "Abstract" heading, alone on its line: a labelled list under the abstract (its
   * keywords) stands above the paper's text, however long the abstract.
   */
  abstractHeading: regexLiteralSchema,
  /**
   * Headings of a list of links to other pages ("Related News", "More stories"): below the body
   * they start the footer; above it they head a block of links whose dates are other pages'.
   */
  linkListHeading: z.array(regexLiteralSchema),
  /**
   * What a print view or a PDF's text sets at each page break, read on the line as saved (its wide
   * gaps kept): "Title…   Page 1 of 2", the page's address and the day it was printed, a page
   * number alone or far right of a running footer, "Continued on PAGE 3", an index's dot leaders.
   */
  pageBreakLine: z.array(regexLiteralSchema),
  /**
   * A wiki's link to edit a section, printed after its heading ("2011[edit]", "History [edit |
   * edit source]"): no word of the heading.
   */
  sectionEditLink: regexLiteralSchema,
  /** The rule above a page's footnotes ("__________"). */
  footnoteRule: regexLiteralSchema,
  /** Photo and video captions' credit lines: the credit, and the caption above it, are furniture. */
  creditLine: z.array(regexLiteralSchema),
  /** Single furniture lines inside the body: share widgets, print/email links, disclaimers. */
  widgetLine: z.array(regexLiteralSchema),
  /**
   * The words of a page's row of widgets ("Recommend 1,106 Tweet Email Print", "[Font: Large
   * Medium Small]", "Suggest To A Friend Print"): a line of these alone, with counts and
   * brackets, is no headline and no text.
   */
  widgetWords: wordSetSchema,
  /** Lines that carry metadata rather than body text. */
  metaLine: regexLiteralSchema,
  /**
   * A table's own note under its last row ("Source: the ministry's figures", "Note: …"): further
   * down the page the same words open its footer.
   */
  tableNote: regexLiteralSchema,
  /** A forum's label over a quoted post or story ("Quote:", "Originally Posted by …", "… wrote:"). */
  quoteBoxLabel: regexLiteralSchema,
  /** A transcript's labels for people the story does not name ("Q:", "Moderator:"), any case. */
  unnamedSpeakers: z.array(z.string().min(1)),
  /** Function words that identify a line in French, German or Spanish rather than English. */
  foreignWords: wordSetSchema,
  englishWords: wordSetSchema,
  /**
   * The label an alert or a ticker's item may open with, before a colon ("BREAKING: …", "Flash:
   * …"): it says how the item was sent, and is no word of its sentence. Any case.
   */
  alertLabels: z.array(z.string().regex(/^[^A-Z]+$/, "lower case")).min(1),
  /**
   * The label a photo's caption opens with, in brackets or before a colon ("[Photo caption] …",
   * "Photo: …"): the line tells what a picture shows, not the story's next sentence. Any case.
   */
  captionLabels: z.array(z.string().regex(/^[^A-Z]+$/, "lower case")).min(1),
});

const FURNITURE = parseLexicon(schema, raw, "furniture.json");

export const LINK_LIST_HEADING: readonly RegExp[] = FURNITURE.linkListHeading;
export const LABELLED_LIST: readonly RegExp[] = FURNITURE.labelledLists;
export const ABSTRACT_HEADING: RegExp = FURNITURE.abstractHeading;
export const FOOTER_START: readonly RegExp[] = [
  ...FURNITURE.footerStart,
  ...LABELLED_LIST,
  ...LINK_LIST_HEADING,
];
export const PAGE_BREAK_LINE: readonly RegExp[] = FURNITURE.pageBreakLine;
export const FOOTNOTE_RULE: RegExp = FURNITURE.footnoteRule;
export const SECTION_EDIT_LINK: RegExp = FURNITURE.sectionEditLink;
export const CREDIT_LINE: readonly RegExp[] = FURNITURE.creditLine;
export const WIDGET_LINE: readonly RegExp[] = FURNITURE.widgetLine;
export const META_LINE: RegExp = FURNITURE.metaLine;
export const TABLE_NOTE: RegExp = FURNITURE.tableNote;
export const QUOTE_BOX_LABEL: RegExp = FURNITURE.quoteBoxLabel;
export const ALERT_LABELS: readonly string[] = FURNITURE.alertLabels;

const WIDGET_WORDS = new Set(FURNITURE.widgetWords);

/** A line of two or more widget words and nothing else but counts, brackets and bars. */
export function isWidgetRow(line: string): boolean {
  const words = line
    .toLowerCase()
    .replace(/[\d,.:;|()[\]丨•·/]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => WIDGET_WORDS.has(w));
}

/** Bars and dots that set a page's tools apart ("Print | Mail · Share"). */
const TOOL_SEPARATOR = /^[|•·/]+$/;

/**
 * The line without the row of two or more of the article's own tools it ends on ("… 2012-06-04
 * 14:02 Comment Print Mail Subscribe"): a tool there is the story's, not the site's account link.
 */
export function withoutTrailingWidgets(line: string): string {
  const words = wordsOf(line);
  let tools = 0;
  let cut = line.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as Word;
    if (TOOL_SEPARATOR.test(word.text)) continue;
    if (!WIDGET_WORDS.has(word.text.toLowerCase())) break;
    tools++;
    cut = word.at;
  }
  return tools >= 2 ? line.slice(0, cut).replace(/[\s|•·/]+$/, "") : line;
}

/** "Q:", "MODERATOR:": a transcript's turn of someone the story does not name. */
export const UNNAMED_SPEAKER = new RegExp(
  String.raw`^(?:${FURNITURE.unnamedSpeakers.join("|")})\s*:`,
  "i",
);

const FOREIGN_WORDS = new Set(FURNITURE.foreignWords);
const ENGLISH_WORDS = new Set(FURNITURE.englishWords);

/**
 * The foreign words written in a-z alone, as whole runs of letters (the runs the ASCII split
 * below makes words of): fewer than two in an ASCII line, and it cannot be foreign. Each match
 * takes the character before its word (there is none at the line's start), where a look-behind
 * was tried at every position: a match ends before a character that is no letter, so the next
 * word's is still there to take, and the matches are as many as the words.
 */
const FOREIGN_ASCII = new RegExp(
  `(?:^|[^a-z])(?:${[...FOREIGN_WORDS].filter((w) => /^[a-z]+$/.test(w)).join("|")})(?![a-z])`,
  "gi",
);

/** How many FOREIGN_ASCII words a line holds, counted up to two: only "fewer than two" is asked. */
function foreignAsciiHints(line: string): number {
  let hints = 0;
  FOREIGN_ASCII.lastIndex = 0;
  while (hints < 2 && FOREIGN_ASCII.test(line)) hints++;
  FOREIGN_ASCII.lastIndex = 0;
  return hints;
}

/** Any character outside ASCII, found without Unicode tables. */
const NON_ASCII = /[^\0-\x7F]/;

/** A letter (one code point). */
const LETTER = /\p{L}/u;

/**
 * Whether a line holds a letter outside ASCII (as /[^\0-\x7F\P{L}]/u finds one): only then do
 * scripts and accents need Unicode tables. Only the characters past ASCII are looked up, from
 * the first one on; an English line has few (curly quotes, dashes), and the pattern's class was
 * tried on every character.
 */
function hasNonAsciiLetter(line: string): boolean {
  const first = line.search(NON_ASCII);
  if (first < 0) return false;
  for (let i = first; i < line.length; i++) {
    const c = line.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    if (c > 0x7f && LETTER.test(String.fromCodePoint(c))) return true;
  }
  return false;
}

/** True for a line written mostly in another language (or another script). */
export function isForeignLine(line: string): boolean {
  // Lines of ASCII letters (most of an English page, curly quotes and dashes or not) are Latin,
  // unaccented, and split into words at anything but a-z: the same answers, without the Unicode
  // scans that made this the slowest part of cleaning.
  const hints = foreignAsciiHints(line);
  // No two foreign words and nothing beyond ASCII: nothing below could find the line foreign.
  if (hints < 2 && !NON_ASCII.test(line)) return false;
  const ascii = !hasNonAsciiLetter(line);
  if (ascii && hints < 2) return false;
  if (!ascii) {
    const letters = line.match(/\p{L}/gu)?.length ?? 0;
    const nonLatin = line.match(/[^\p{Script=Latin}\P{L}]/gu)?.length ?? 0;
    if (letters > 0 && nonLatin / letters > 0.3) return true;
  }
  const words = line
    .toLowerCase()
    .split(ascii ? /[^a-z]+/ : /[^\p{L}]+/u)
    .filter(Boolean);
  let foreign = 0;
  let english = 0;
  for (const w of words) {
    if (FOREIGN_WORDS.has(w)) foreign++;
    if (ENGLISH_WORDS.has(w)) english++;
  }
  const accented = ascii ? 0 : (line.match(/[àâçéèêëîïôûùüÿœæ]/gi)?.length ?? 0);
  return (foreign >= 2 && foreign > english) || (accented >= 2 && english === 0);
}

/** The caption labels as one alternation. */
const CAPTION_LABELS = FURNITURE.captionLabels.map(literal).join("|");

/** "[Photo caption] The ministers …", "PHOTO: …": a line that opens with a caption's label. */
export const CAPTION_LABEL = new RegExp(
  String.raw`^\s*(?:\[\s*(?:${CAPTION_LABELS})\s*\]|(?:${CAPTION_LABELS})\s*:)`,
  "i",
);
