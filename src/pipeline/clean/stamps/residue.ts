import {
  BULLET_GLYPHS,
  NAME_FUNCTION_WORDS,
  PAGE_WIDGETS,
  SECTION_LABELS,
  STAMP_CONNECTORS,
  CREDIT_NOTES,
  TIME_ZONES,
  WEEKDAYS,
  ZONES_AFTER_CLOCK,
  ZONE_NOTES,
  DATE_ORDER_NOTES,
} from "../../lexicon/stamps.ts";
import { literal } from "../../lexicon/compile/patterns.ts";
import { EAST_ASIAN_TOKEN } from "../../util/east-asian.ts";

/**
 * What a stamp line says besides its date (its weekday, clock, zone, connectors, separators and
 * widgets taken out), and whether what is left is a short name: the test every stamp reader
 * applies before it takes a line's date as the page's.
 */

export const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\&]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");

const WEEKDAY_RE = new RegExp(String.raw`\b(?:${alternatives(WEEKDAYS)})\b\.?,?`, "gi");
/** A weekday's name anywhere in a line, captured ("Date: 04/03/2013 (Monday)", "Fri, April 3"). */
export const WEEKDAY_NAME = new RegExp(String.raw`\b(${alternatives(WEEKDAYS)})\b`, "i");
/**
 * "10:15 AM", "22:10:05", "09:15 hrs", an hour alone before "a.m."/"p.m." ("6 a.m.", "11pm"), the
 * 24-hour clock without a colon before "hrs" ("1824 hrs"), and with an "h" between hours and
 * minutes, as French pages print it ("09h15").
 */
const TIME_RE =
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?|\s*hrs?\b\.?)?|\b(?:1[0-2]|0?[1-9])\s?[ap]\.?m\b\.?|\b(?:[01]\d|2[0-3])[0-5]\d\s*hrs?\b\.?|\b(?:[01]?\d|2[0-3])h[0-5]\d\b/gi;
const ZONE_RE = new RegExp(
  String.raw`\(?\b(?:(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|${alternatives(TIME_ZONES)}|(?<=\d\s*)(?:${alternatives(ZONES_AFTER_CLOCK)}))\b\)?`,
  "gi",
);
/** A zone named by its city in brackets ("17:42 (Singapore time)", "(Hong Kong time)"). */
const CITY_TIME_RE = /\((?:[A-Z][a-z]+\s+){1,2}time\)/g;
/** Notes' words in either case, letter by letter, where the rest of a pattern keeps its case. */
const caseless = (notes: readonly string[]) =>
  [...notes]
    .sort((a, b) => b.length - a.length)
    .map((n) =>
      n.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, String.raw`\s+`),
    )
    .join("|");
/**
 * A page's note on its clock ("All times Hong Kong", "Times are ET"), once the zone itself is
 * blanked: the note's words and up to two capitalised words of the city that names the zone.
 */
const ZONE_NOTE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${caseless(ZONE_NOTES)})(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s+time)?(?![\p{L}])`,
  "gu",
);
/** A numeric UTC offset after a clock, as e-mail and feed dates print it ("07:30:12 -0400"). */
const OFFSET_RE = /(?<=\d)\s+[+-](?:0\d|1[0-4])[0-5]\d\b/g;
/** A stamp's connecting word, letters on neither side (some have accents: "à", "às"). */
const CONNECTOR_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${alternatives(STAMP_CONNECTORS)})(?![\p{L}\p{N}_])`,
  "giu",
);
/** A credit's bracketed note ("(translated by SINA English)"), blanked whole. */
const CREDIT_NOTE_RE = new RegExp(
  String.raw`\((?:${alternatives(CREDIT_NOTES)})\s[^()]{1,60}\)`,
  "gi",
);
/** "Filed under", "Tags": a blog's label before its sections (which are names). */
const SECTION_LABEL_RE = new RegExp(String.raw`\b(?:${alternatives(SECTION_LABELS)})\b`, "gi");
/** A forum post's number beside its stamp ("#1 05-16-2011, 08:42 AM"). */
const POST_NUMBER_RE = /(?:^|\s)#\d+(?=\s|$)/g;
/** A printed page's section and number in its running head ("B4", "C2"). */
const PAGE_CODE_RE = /(?:^|\s)[A-Z]\d{1,2}(?=\s|$)/g;
/** A widget's "#" stands for a number ("Age: 13 yrs"). */
const WIDGET_RE = new RegExp(
  String.raw`\b(?:${alternatives(PAGE_WIDGETS).replace(/#/g, String.raw`\d+`)})\b`,
  "gi",
);
/**
 * Punctuation between a stamp's parts ("3/21/2012 @ 9:05AM"); a hyphen inside a word ("E-mail")
 * is not one.
 */
const SEPARATORS_RE = /[|丨,;:·•()[\]/>»@]+|(?:^|\s)[–—-]+(?=\s|$)/g;
/** A bullet glyph standing alone between a stamp's parts (`bulletGlyphs`). */
const BULLET_RE = new RegExp(String.raw`(?<=\s)(?:${alternatives(BULLET_GLYPHS)})(?=\s)`, "g");
const FUNCTION_WORDS = new Set(NAME_FUNCTION_WORDS);

/** Any of a list of notes, standing alone ("dd/mm/yyyy", not "dd/mm/yyyyy"). */
const notePattern = (notes: readonly string[]) =>
  new RegExp(String.raw`(?<![\w/.-])(?:${notes.map(literal).join("|")})(?![\w/.-])`, "i");
export const DAY_FIRST_NOTE = notePattern(DATE_ORDER_NOTES.dayFirst);
export const MONTH_FIRST_NOTE = notePattern(DATE_ORDER_NOTES.monthFirst);
/** Either note in brackets, or alone, on a stamp's line ("18/06/2013 (dd/mm/yyyy)"). */
const ORDER_NOTE = new RegExp(
  String.raw`\(?${notePattern([...DATE_ORDER_NOTES.dayFirst, ...DATE_ORDER_NOTES.monthFirst]).source}\)?`,
  "gi",
);

/** An e-mail address, in angle brackets or not. */
const MAIL_ADDRESS = /<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g;

/** A widget set in full-width brackets, as Chinese sites print their buttons ("【Print】"). */
const BRACKETED_WIDGET_RE = /【[^】]{0,40}】/g;

/** A widget's count in brackets after it ("Comments (3)", "… discussion (327 people)"). */
const WIDGET_COUNT_RE = /\(\s*\d+(?:\s+\p{Ll}+)?\s*\)/gu;

/** A page's widgets blanked ("Views: 2047", "Print", "Share"): they are no words of a stamp. */
export const withoutWidgets = (text: string) =>
  text.replace(BRACKETED_WIDGET_RE, " ").replace(WIDGET_RE, " ").replace(WIDGET_COUNT_RE, " ");

/** A stamp's clock, its zone and a numeric offset after it, blanked. */
export const withoutClock = (text: string) =>
  text
    .replace(OFFSET_RE, " ")
    .replace(CITY_TIME_RE, " ")
    .replace(ZONE_RE, " ")
    .replace(TIME_RE, " ")
    .replace(ZONE_NOTE_RE, " ");

/**
 * What a stamp line says besides its date: weekday, clock, zone, connectors and separators
 * removed, and so are a mail's address beside its sender's name ("Jane Roe <jroe@example.org>")
 * and the words in an East Asian script, which on an English page are the site's own labels and
 * widgets ("出处：例句网", "星期三", "【收藏本页】").
 */
export function residue(text: string): string {
  // "Comment(s)" is "Comments"; a date-order note and a credit's note say nothing of a name.
  const plain = text
    .replace(EAST_ASIAN_TOKEN, " ")
    .replace(MAIL_ADDRESS, " ")
    .replace(/\(s\)/g, "s")
    .replace(ORDER_NOTE, " ")
    .replace(CREDIT_NOTE_RE, " ");
  return withoutWidgets(withoutClock(plain).replace(WEEKDAY_RE, " ").replace(CONNECTOR_RE, " "))
    .replace(SECTION_LABEL_RE, " ")
    .replace(POST_NUMBER_RE, " ")
    .replace(PAGE_CODE_RE, " ")
    .replace(BULLET_RE, " ")
    .replace(SEPARATORS_RE, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A short name: capitalised words, numbers, domains, the small words of names, and brands written
 * with a capital inside ("exampleNEWS", "eBay").
 */
export function isNameLike(text: string, maxWords: number): boolean {
  const tokens = text.split(" ").filter(Boolean);
  return (
    tokens.length > 0 &&
    tokens.length <= maxWords &&
    tokens.every(
      (t) =>
        /^[\p{Lu}\d"“'‘]/u.test(t) ||
        /^\p{Ll}+\p{Lu}/u.test(t) ||
        FUNCTION_WORDS.has(t.toLowerCase()) ||
        /^[\w-]+(?:\.[\w-]+)+$/.test(t),
    )
  );
}
