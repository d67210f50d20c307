import { z } from "zod";
import type { Actor } from "../../dataset/index.ts";
import { parseLexicon } from "./compile/parse.ts";
import { anyOf, literalAnyFirstCase } from "./compile/patterns.ts";
import { CALENDAR_WORD } from "./calendar.ts";
import { countryOfWord, NATIONALITY_WORD } from "./countries.ts";
import { ORGS } from "./orgs.ts";
import raw from "./data/vessels.json" with { type: "json" };
import { matchesOf } from "../util/matches.ts";
import { wordsOf, type Word } from "../util/words.ts";

/** Named warships (`data/vessels.json`): by a navy's prefix ("USS Mason") or a class noun. */
const schema = z.strictObject({
  note: z.string(),
  prefixes: z
    .array(z.strictObject({ prefix: z.string().min(1), country: z.string().regex(/^[A-Z]{3}$/) }))
    .min(1),
  classes: z.array(z.string().min(1)).min(1),
  formationWords: z.array(z.string().min(1)),
  notActingAfter: z.array(z.string().min(1)).min(1),
  partnerAfter: z.array(z.string().min(1)).min(1),
});

const VESSELS = parseLexicon(schema, raw, "vessels.json");

/** A ship named in a text: the whole phrase (from "the Chinese …") and the ship as an actor. */
export interface VesselMention {
  /** Where the phrase naming the ship begins, its side's words included ("the Chinese destroyer"). */
  start: number;
  end: number;
  actor: Actor;
}

/** A word of a ship's name: capitalised, or an initial ("Winston S. Churchill"). */
const NAME_WORD = String.raw`(?:[A-Z]\.|[A-Z][\w'’-]*)`;
/** Not a name's word: a day or month told after it, or the formation it leads. */
const NOT_NAME = new RegExp(String.raw`^(?:${CALENDAR_WORD}|${anyOf(VESSELS.formationWords)})$`);
const NAME = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD})*`;
/** "(DDG 87)", "(FFG-548)", "(112)": a hull number after the name. */
const HULL = String.raw`(?:\s*\((?:[A-Z]{2,4}[\s-]?)?\d{1,4}\))?`;

/** The navies' prefixes as one alternation ("USS|USNS"). */
const PREFIX = anyOf(VESSELS.prefixes.map((p) => p.prefix));

const PREFIXED = new RegExp(String.raw`\b(${PREFIX})\s+(${NAME})${HULL}`, "g");

/** One name after a class noun, not a prefixed one ("destroyer USS Mason" is read as prefixed). */
const ITEM = String.raw`(?!(?:${PREFIX})\b)${NAME}${HULL}`;

/** The class nouns, longest first, their first letter in either case ("Ships Qingdao and …"). */
const CLASS = [...VESSELS.classes]
  .sort((a, b) => b.length - a.length)
  .map(literalAnyFirstCase)
  .join("|");

/** A class noun, singular or plural, then one name or a list of them ("ships Qingdao and Linyi"). */
const CLASSED = new RegExp(
  String.raw`\b(${CLASS})(?:e?s)?\s+(${ITEM}(?:(?:\s*,\s*|\s*,?\s+and\s+)${ITEM})*)`,
  "g",
);

/** The words before a class noun that may belong to its phrase: "the US guided-missile". */
const MODIFIERS = /(?:[\w.'’()-]+\s+){0,5}$/;
/** An article opens the phrase: "the Chinese guided missile destroyer". */
const ARTICLE = /^(?:the|a|an)$/i;
/** Words that end a phrase's modifiers: what comes before them is another phrase. */
const PHRASE_BREAK = /^(?:and|with|between|of|from|by|to|in|at|near|aboard|on|for)$/i;
/** Without an article, a phrase reaches back over capitalised words only ("PLA Navy destroyer"). */
const NAME_LIKE = /^[A-Z(]/;

const SIDE_WORD = new RegExp(String.raw`(?<![\w.])(?:${NATIONALITY_WORD})(?![\w])`, "g");

/** The side a ship's modifiers name: a nationality ("Chinese", "U.S.") or a navy ("PLA Navy"). */
function sideOf(modifiers: string): string | undefined {
  for (const m of matchesOf(modifiers, SIDE_WORD)) {
    const iso = countryOfWord(m[0]);
    if (iso) return iso;
  }
  return ORGS.find((o) => o.re.test(modifiers))?.actor.country;
}

/** The name without the words that follow it but are not its own ("Harbin Saturday"). */
function trimmedName(name: string): string {
  const words = name.split(/\s+/);
  const end = words.findIndex((w) => NOT_NAME.test(w.replace(/['’]s$/, "")));
  return (end < 0 ? words : words.slice(0, end))
    .join(" ")
    .replace(/['’]s$/, "")
    .trim();
}

/**
 * Where the phrase of a ship named at `at` begins: at the last article among the few words before
 * it ("toured the frigate …" begins at "the"), or else over the capitalised words right before it.
 */
function phraseStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 60), at);
  const m = MODIFIERS.exec(before);
  if (!m) return at;
  const base = at - m[0].length;
  const words = wordsOf(m[0], base);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    if (ARTICLE.test(w.text)) return w.at;
    if (PHRASE_BREAK.test(w.text) || /[,;:]$/.test(w.text)) break;
  }
  let start = at;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    if (!NAME_LIKE.test(w.text) || /[,;:]$/.test(w.text)) break;
    start = w.at;
  }
  return start;
}

/** Words right before a ship's phrase that make it a place or a thing handled: "near the …". */
export const NOT_ACTING_BEFORE = new RegExp(
  String.raw`\b(?:${anyOf(VESSELS.notActingAfter)})\s+$`,
  "i",
);

/** Words right before a ship's phrase that bring it in as a partner of the act: "with the …". */
export const PARTNER_BEFORE = new RegExp(String.raw`\b(?:${anyOf(VESSELS.partnerAfter)})\s+$`, "i");

/** What stands between two ships of a list: "…, the frigate Linyi and the oiler Hongzehu". */
export const LIST_JOINT = /^\s*(?:,|,?\s+and)\s*$/;

/** Every warship a text names, in order, each once per mention. */
export function findVessels(text: string): VesselMention[] {
  const found: VesselMention[] = [];
  for (const m of matchesOf(text, PREFIXED)) {
    const name = trimmedName(m[2] ?? "");
    if (!name) continue;
    const prefix = VESSELS.prefixes.find((p) => p.prefix === m[1]);
    const start = phraseStart(text, m.index);
    const end = m.index + m[0].length;
    const actor = { name: `${m[1]} ${name}`, ...(prefix ? { country: prefix.country } : {}) };
    found.push({ start, end, actor });
  }
  for (const m of matchesOf(text, CLASSED)) {
    const start = phraseStart(text, m.index);
    const end = m.index + m[0].length;
    if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
    // "the Chinese destroyer Qingdao, frigate Linyi and …": a list's later ships share its side.
    const previous = found.at(-1);
    const listed = previous && LIST_JOINT.test(text.slice(previous.end, start));
    const country =
      sideOf(text.slice(start, m.index)) ?? (listed ? previous.actor.country : undefined);
    const list = (m[2] ?? "").replace(/\s*\([^)]*\)/g, "").split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
    for (const item of list) {
      const name = trimmedName(item);
      if (name) found.push({ start, end, actor: { name, ...(country ? { country } : {}) } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
