import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/names.json" with { type: "json" };

/** How personal names are read (`data/names.json`). */
const schema = z.strictObject({
  note: z.string(),
  /** Common Chinese surnames in pinyin, which a Chinese name puts first. */
  chineseSurnames: z.array(z.string().regex(/^[A-Z][a-z]+$/, "one capitalised pinyin syllable")),
});

const NAMES = parseLexicon(schema, raw, "names.json");

const SURNAMES: ReadonlySet<string> = new Set(NAMES.chineseSurnames);

/** One pinyin syllable: an initial, then a final ("jian", "guo", "zhuang", "er"). */
const SYLLABLE = String.raw`(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)`;

/** A pinyin given name, lower-cased: one to three syllables ("ling", "jianguo", "ying-jeou"). */
const GIVEN_NAME = new RegExp(String.raw`^(?:${SYLLABLE}){1,3}$`);

/**
 * Whether a name puts its surname first: a Chinese person's, or, where no country is told, a
 * common Chinese surname and a pinyin given name (`isChineseOrder`).
 */
export function writesSurnameFirst(tokens: readonly string[], country?: string): boolean {
  return country === "CHN" || hyphenatedGivenName(tokens) || (!country && isChineseOrder(tokens));
}

/**
 * Whether a name of two words ends in a given name of two syllables joined by a hyphen, the second
 * in lower case, as Korean and Taiwanese names are romanised ("Roh Tae-woo", "Lien Chan-yu"): the
 * surname comes first, whatever the country. A Western double name capitalises both halves
 * ("Jean-Luc") and stands first.
 */
export function hyphenatedGivenName(tokens: readonly string[]): boolean {
  return tokens.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[1] ?? "");
}

/**
 * Whether a name of two words is written Chinese style, surname first: a common Chinese surname
 * and then a pinyin given name ("Wang Ling", "Sun Jianguo"; not "Lin Oakes", "Ma Dennis").
 */
export function isChineseOrder(tokens: readonly string[]): boolean {
  const [surname, given] = tokens;
  return (
    tokens.length === 2 &&
    !!surname &&
    !!given &&
    SURNAMES.has(surname) &&
    /^[A-Z][a-z-]+$/.test(given) &&
    GIVEN_NAME.test(given.toLowerCase().replace("-", ""))
  );
}
