import type { ActorMention } from "../types.ts";
import { CALENDAR_WORD } from "../lexicon/calendar.ts";
import { ADJECTIVE, countryOfWord } from "../lexicon/countries.ts";
import { PEOPLE, shortName } from "../lexicon/people.ts";
import {
  ADDRESS_WORD,
  ATTRIBUTIVE_HEAD,
  BODY_AFTER_TITLE,
  DESCRIPTION_WORD,
  NATIONALITY,
  OFFICE_DOMAIN_WORDS,
  OFFICE_HEADS,
  PERSON_NOUN,
  ROLE_ANAPHORA,
  PLURAL_TITLES,
  TITLES,
} from "../lexicon/roles.ts";
import { literal } from "../lexicon/compile/patterns.ts";
import { matchesOf } from "../util/matches.ts";
import { wordsOf, type Word } from "../util/words.ts";
import { lookupKnown, lookupShort, type Person, type Registry } from "./registry.ts";
import { remembered } from "../util/remembered.ts";

const TITLE = `(?:${TITLES.map(literal).join("|")}|Secretary|Minister)`;
/** Rank abbreviations: a title's words ("Lt. Gen."), never a name's. */
const RANK_WORD = String.raw`(?:Lt|Gen|Maj|Col|Capt|Cmdr|Adm|Brig|Sgt|Cpl|Pvt)\.`;
/**
 * One capitalised name word; an apostrophe only inside it ("O'Neil"), never the possessive "'s";
 * "Mc" and "Mac" before a capital ("McBride", "MacArthur"); never a word of address ("Mr Chen" is
 * Chen).
 */
const WORD = String.raw`(?!${CALENDAR_WORD}|${RANK_WORD}|${ADDRESS_WORD})(?:Ma?c(?=\p{Lu}))?[A-Z](?:[\p{Ll}-]|['’](?!s\b)(?=\p{L})\p{Lu}?)+`;
/** Initials before the first name word ("T.R. Vance", "J. Smith"), never a country's ("U.S."). */
const INITIALS = String.raw`(?!U\.[SNK]\.)(?:[A-Z]\.){1,3}\s*(?=[A-Z][\p{Ll}])`;
const NAME = String.raw`(?:${INITIALS})?${WORD}(?:\s+[A-Z]\.)?(?:\s+${WORD}){0,2}(?:\s+(?:Jr\.|III|II))?`;
const TITLED = new RegExp(String.raw`\b(${TITLE}(?:\s+${TITLE})?)\s+(${NAME})`, "gu");
/** A title of several people and the first name of their list ("Sens. Ann Hale"). */
const PLURAL_TITLED = new RegExp(
  String.raw`\b(${PLURAL_TITLES.map(literal).join("|")})\s+(${NAME})`,
  "gu",
);
/**
 * The next name of such a list, of two words or more: after a party and state ("D-Mich.", "R-W.
 * Va."), a comma or "and" ("…, D-Mich., and Bo Kent").
 */
const LIST_NEXT = new RegExp(
  String.raw`^(?:,\s*[A-Z]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,?\s*(?:and\s+)?(${WORD}(?:\s+[A-Z]\.)?(?:\s+${WORD}){1,2})`,
  "u",
);
/** The most names a plural title's list is read for. */
const LIST_MAX = 8;
/**
 * The last word of every title, as plain text: a sentence without any names no one by title, and
 * this search (no Unicode tables, no word boundaries) is far cheaper than TITLED's.
 */
const TITLE_HINT = new RegExp(
  [...new Set([...TITLES, "Secretary", "Minister"].map((t) => t.split(" ").at(-1) ?? t))]
    .map(literal)
    .join("|"),
);
const OFFICE = TITLES.filter((t) => /Minister|Secretary|President|Premier|Councilor/.test(t));
const ROLE_ONLY = new RegExp(
  String.raw`\b(${ADJECTIVE})\s+(${OFFICE.map(literal).join("|")})\b(?!\s+(?:[A-Z]|Gen\.|Adm\.))`,
  "g",
);
const FULL_NAMES = PEOPLE.flatMap((p) => [p.name, ...(p.aliases ?? [])]).sort(
  (a, b) => b.length - a.length,
);
const KNOWN = new RegExp(`\\b(${FULL_NAMES.map(literal).join("|")})\\b`, "g");

/** "…, a senior official said": the description is the subject of a new clause, not an appositive. */
const NOT_SPEAKING = String.raw`(?!\s+(?:said|says|told|tells|added|adds|noted|notes|stated)\b)`;
/** The comma after the name, and what follows it: an age, or a person noun in a few words. */
const DESCRIBING_COMMA = String.raw`,\s+(?=\d{2},|(?:a|an|the)\s+(?:${DESCRIPTION_WORD}\s+){0,6}?${PERSON_NOUN}\b${NOT_SPEAKING}|(?:${DESCRIPTION_WORD}\s+){0,3}?${PERSON_NOUN}\s+(?:of|for|at)\s|\p{Lu}[\p{L}.'’-]*['’]s\s+(?:[^,;.()]{0,50}?\s)?${PERSON_NOUN}\b${NOT_SPEAKING})`;
/**
 * An untitled name of two or three words that an appositive describes as a person: an age ("Jane
 * Roe, 29,") or a person noun in a few words ("Jane Roe, a former Motorola engineer,", "Li Ming,
 * China's chief negotiator,"; roles.json personNouns), also after a word of address ("Ms Jane Roe,
 * 29,"). Not "Dow Chemical, a unit of …" (a unit is no person, nor is a noun past a preposition:
 * "Acme Dialogue, a day after a dissident …"), "the South China Sea, a senior official said" (a
 * name after "the" is no person's; the official opens a clause of their own).
 */
const DESCRIBED = new RegExp(
  String.raw`(?<!(?<![\p{L}.'’-])(?!${ADDRESS_WORD})\p{Lu}[\p{L}.'’-]*\s+|\b[Tt]he\s+)\b(${WORD}(?:\s+${WORD}){1,2})${DESCRIBING_COMMA}`,
  "gu",
);
/**
 * A comma that opens such a description, alone: every match of DESCRIBED ends on one (the same
 * pattern, which looks only forward), and this search starts on the comma, where DESCRIBED's
 * look-back is tried at every position. Few sentences hold one.
 */
const DESCRIBING_COMMA_ANYWHERE = new RegExp(DESCRIBING_COMMA, "u");

/** Gazetteer surnames distinctive enough to resolve without an introduction ("Panetta"). */
const DISTINCT_SHORTS = PEOPLE.map((p) => shortName(p.name, p.surnameFirst ?? false)).filter((s) =>
  lookupShort(s),
);
/** Any of them, in one search: most sentences name none. */
const ANY_DISTINCT_SHORT = new RegExp(`\\b(?:${DISTINCT_SHORTS.map(literal).join("|")})\\b`, "g");

/**
 * A bare short name not followed by another capitalised name ("Xi" but not "Xi Jinping"),
 * compiled once per name.
 */
const shortRe = remembered(
  (short: string) => new RegExp(`\\b${literal(short)}\\b(?![ ][A-Z][a-z])`, "g"),
);

function nationality(before: string): string | undefined {
  for (const [re, code] of NATIONALITY) if (re.test(before)) return code;
  return undefined;
}

/**
 * Whether a titled name completes a person known by one word only ("David" → "David Huntoon"):
 * the person has no surname yet and the new name adds capitalised words, not a common word.
 */
function completes(p: Person, name: string): boolean {
  if (p.actor.name.includes(" ") || lookupKnown(p.actor.name)) return false;
  const rest = name.split(/\s+/).slice(1);
  return rest.length > 0 && rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !COMMON_CAPS.test(w));
}

/**
 * "Vice Minister Liu Jian …, and Ambassador Liu Bo": a surname-first name whose
 * surname is a known person's, with another given name and another title, is another person of
 * the same surname ("President Xi Said" in a headline is still Xi, under his own title).
 */
function namesake(known: Person, name: string, title: string): boolean {
  const [surname, given, ...more] = name.split(/\s+/);
  const office = title.trim().toLowerCase();
  return (
    known.actor.name.split(/\s+/)[0] === surname &&
    known.actor.name.includes(" ") &&
    !!given &&
    more.length === 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(given) &&
    !COMMON_CAPS.test(given) &&
    !!office &&
    !known.titles.toLowerCase().includes(office) &&
    !(known.actor.role ?? "").toLowerCase().includes(office)
  );
}

/** Capitalised words that follow a name in headlines and captions without being part of it. */
const COMMON_CAPS =
  /^(?:Said|Says|Met|Meets|Visits?|Visited|Calls?|Called|Urges?|Urged|And|The|In|At)$/;

const OFFICE_RUN = new RegExp(
  String.raw`\b(?:(?:Under|Deputy|Assistant|Vice|Acting|Principal|Special)\s+)*(?:${OFFICE_HEADS.join("|")})\s+(?:of|for|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*|and|of|for|the|on)(?:\s+(?:[A-Z][\w'’.-]*|and|of|for|the|on))*`,
  "g",
);

/** An office's head word, as plain text: a cheap first test before OFFICE_RUN's search. */
const OFFICE_HINT = new RegExp(OFFICE_HEADS.map(literal).join("|"));

/**
 * "Under Secretary of State for Economic Affairs Robert Hormats": an office named at length, then
 * a person. The name is the run's tail after the last word of the office's domain (roles.ts),
 * two or three words (with an initial), capitalised and not a domain word.
 */
function officeNames(
  text: string,
): { name: string; start: number; office: string; officeStart: number }[] {
  const out: { name: string; start: number; office: string; officeStart: number }[] = [];
  if (!OFFICE_HINT.test(text)) return out;
  for (const m of matchesOf(text, OFFICE_RUN)) {
    const tokens = wordsOf(m[0], m.index);
    let i = tokens.length;
    while (
      i > 0 &&
      !OFFICE_DOMAIN_WORDS.has(tokens[i - 1]?.text ?? "") &&
      /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "")
    )
      i--;
    const name = tokens.slice(i);
    if (name.length < 2 || name.length > 3 || i === 0) continue;
    if (
      !/^(?:of|for|to|the|and|on)$/.test(tokens[i - 1]?.text ?? "") &&
      !OFFICE_DOMAIN_WORDS.has(tokens[i - 1]?.text ?? "")
    )
      continue;
    const first = name[0] as Word;
    const last = name.at(-1) as Word;
    out.push({
      name: text.slice(first.at, last.at + last.text.length).replace(/[,.]$/, ""),
      start: first.at,
      office: text.slice(m.index ?? 0, first.at).trim(),
      officeStart: m.index ?? 0,
    });
  }
  return out;
}

function toMention(p: Person, start: number, end: number): ActorMention {
  return { start, end, actor: p.actor, key: p.key };
}

/** Matches a role word ("secretary", "general") against a person's titles and role. */
function holdsRole(p: Person, noun: string): boolean {
  const hay = `${p.titles} ${p.actor.role ?? ""}`.toLowerCase();
  if (noun === "general") return /\bgen(\.|eral)/.test(hay) && !/\bsecretary general\b/.test(hay);
  if (noun === "admiral") return /\badm(\.|iral)/.test(hay);
  if (noun === "minister") return /minister/.test(hay);
  return roleWordRe(noun).test(hay);
}

/** A role word as a whole word, compiled once per word: the role words are few, the tests many. */
const roleWordRe = remembered((noun: string) => new RegExp(`\\b${noun}\\b`));

/**
 * Whether the span s–e (absolute offsets; the sentence starts at offset) may name someone: no
 * mention found before overlaps it, and it modifies no noun ("the Obama administration" names no
 * one who acted). A module function: a closure made on every call costs more than its work.
 */
function free(found: ActorMention[], text: string, offset: number, s: number, e: number): boolean {
  return (
    !found.some((m) => m.start < e && s < m.end) &&
    !ATTRIBUTIVE_HEAD.test(text.slice(e - offset, e - offset + 24))
  );
}

/**
 * Finds the people a sentence names, introducing new ones into the article's registry:
 * titled names, gazetteer names, known short names, and role words ("the secretary").
 * Offsets are absolute (into the article text).
 */
export function findActorMentions(text: string, offset: number, reg: Registry): ActorMention[] {
  const found: ActorMention[] = [];
  // Also ROLE_ONLY's first test: each of its offices is one of the titles, so each of its
  // matches holds a title's last word.
  const hasTitleWord = TITLE_HINT.test(text);
  for (const m of hasTitleWord ? matchesOf(text, TITLED) : []) {
    const title = m[1] ?? "";
    let name = m[2] ?? "";
    // "chief of the PLA General Staff": the title word starts a body's name.
    if (BODY_AFTER_TITLE.test(name)) continue;
    // A title followed by a bare surname and a capitalised common word ("President Xi Said"): keep the known part.
    const i = m.index ?? 0;
    const country = nationality(text.slice(Math.max(0, i - 20), i));
    let person: Person | undefined;
    if (!name.includes(" ")) person = reg.byShort(name);
    if (!person) {
      const firstToken = name.split(/\s+/)[0] ?? name;
      if (
        name.includes(" ") &&
        reg.byShort(firstToken) &&
        !/^[A-Z]\./.test(name.split(/\s+/)[1] ?? "")
      ) {
        const known = reg.byShort(firstToken);
        if (known && completes(known, name)) {
          // "Lt. Gen. David" in a caption, "Lt. Gen. David Huntoon" in the text: one person, whose
          // name is the full one.
          known.actor.name = name;
          known.short = name.split(/\s+/).at(-1) ?? name;
          person = known;
        } else if (known && !known.actor.name.startsWith(name) && !namesake(known, name, title)) {
          name = firstToken;
          person = known;
        }
      }
    }
    person ??= reg.introduce(name, title.trim(), country);
    const s = offset + i + m[0].length - (m[2] ?? "").length;
    const e = s + name.length;
    if (free(found, text, offset, s, e)) {
      found.push(toMention(person, s, e));
      reg.touch(person);
    }
  }
  // "Sens. Ann Hale, D-Mich., and Bo Kent, R-Ariz.": each name of the list holds the title.
  // The plain search first, as for TITLED: most sentences hold no such title.
  const plural = PLURAL_TITLES.some((t) => text.includes(t));
  for (const m of plural ? matchesOf(text, PLURAL_TITLED) : []) {
    const title = m[1] ?? "";
    let at = (m.index ?? 0) + m[0].length - (m[2] ?? "").length;
    let name = m[2] ?? "";
    for (let n = 0; name && n < LIST_MAX; n++) {
      const s = offset + at;
      const e = s + name.length;
      if (free(found, text, offset, s, e)) {
        const person = reg.introduce(name, title);
        found.push(toMention(person, s, e));
        reg.touch(person);
      }
      const next = LIST_NEXT.exec(text.slice(at + name.length));
      if (!next) break;
      at += name.length + next[0].length - (next[1] ?? "").length;
      name = next[1] ?? "";
    }
  }
  for (const office of officeNames(text)) {
    const s = offset + office.start;
    const e = s + office.name.length;
    if (!free(found, text, offset, s, e)) continue;
    const country = nationality(
      text.slice(Math.max(0, office.officeStart - 20), office.officeStart),
    );
    const person = reg.introduce(office.name, office.office, country);
    found.push(toMention(person, s, e));
    reg.touch(person);
  }
  for (const m of matchesOf(text, KNOWN)) {
    const s = offset + (m.index ?? 0);
    const e = s + m[0].length;
    if (!free(found, text, offset, s, e)) continue;
    const p = reg.introduce(m[0], "");
    found.push(toMention(p, s, e));
    reg.touch(p);
  }
  const described = text.includes(", ") && DESCRIBING_COMMA_ANYWHERE.test(text);
  for (const m of described ? matchesOf(text, DESCRIBED) : []) {
    const name = m[1] ?? "";
    const s = offset + (m.index ?? 0);
    const e = s + name.length;
    if (!free(found, text, offset, s, e)) continue;
    const p = reg.introduce(name, "");
    found.push(toMention(p, s, e));
    reg.touch(p);
  }
  const shorts = new Set(reg.people.map((p) => p.short));
  for (const m of matchesOf(text, ANY_DISTINCT_SHORT)) shorts.add(m[0]);
  for (const short of shorts) {
    // Most of the gazetteer's names are not in a given sentence: skip their regexes.
    if (!text.includes(short)) continue;
    for (const m of matchesOf(text, shortRe(short))) {
      const s = offset + (m.index ?? 0);
      const e = s + short.length;
      if (!free(found, text, offset, s, e)) continue;
      const p = reg.byShort(short) ?? reg.introduce(short, "");
      found.push(toMention(p, s, e));
      reg.touch(p);
    }
  }
  // An office named without a person ("the Chinese Minister of National Defense will visit"):
  // the office itself is the actor.
  for (const m of hasTitleWord ? matchesOf(text, ROLE_ONLY) : []) {
    const s = offset + (m.index ?? 0);
    const e = s + m[0].length;
    if (!free(found, text, offset, s, e)) continue;
    const country = countryOfWord(m[1] ?? "");
    const name = `${m[1]} ${m[2]}`;
    found.push({
      start: s,
      end: e,
      key: name.toLowerCase(),
      actor: { name, country, role: m[2] ?? "" },
    });
  }
  for (const m of matchesOf(text, ROLE_ANAPHORA)) {
    const s = offset + (m.index ?? 0);
    const e = s + m[0].length;
    if (!free(found, text, offset, s, e)) continue;
    const country = m[1] ? countryOfWord(m[1]) : undefined;
    const noun = (m[2] ?? "").toLowerCase();
    const p = reg.salient(
      reg.recent.filter(
        (x) =>
          holdsRole(x, noun.replace(/^defense /, "")) && (!country || x.actor.country === country),
      ),
    );
    if (p) found.push(toMention(p, s, e));
  }
  return found.sort((a, b) => a.start - b.start);
}
