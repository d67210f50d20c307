import type { Actor } from "../../dataset/index.ts";
import { PEOPLE, shortName, type KnownPerson } from "../lexicon/people.ts";
import { writesSurnameFirst } from "../lexicon/names.ts";
import { countryOfRole } from "../lexicon/roles.ts";

/** A person known to one article: introduced in the text or found in the gazetteer. */
export interface Person {
  actor: Actor;
  /** Matching key across articles: the lower-case short name. */
  key: string;
  short: string;
  /** Title words seen with the person ("Defense Minister Gen."), for "the general". */
  titles: string;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min(
        (dp[j] ?? 0) + 1,
        (dp[j - 1] ?? 0) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}

/** Rank words of a title, with the service or grade before them ("Navy Adm.", "Rear Adm."). */
const RANK =
  /\b(?:(?:Rear|Vice|Navy|Army|Air Force|Marine Corps|Coast Guard)\s+)?(?:Gen|Adm|Lt|Maj|Col|Sen|Rep)\.?(?:\s+|$)/g;

const norm = (s: string) => s.replace(/\./g, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Each gazetteer person with their names normalised and their short name, worked out once: every
 * name an article introduces is looked up, and normalising the whole gazetteer each time was most
 * of a lookup's cost.
 */
const GAZETTEER = PEOPLE.map((p) => ({
  p,
  names: [p.name, ...(p.aliases ?? [])].map(norm),
  full: norm(p.name),
  fullTokens: norm(p.name).split(" "),
  short: shortName(p.name, p.surnameFirst ?? false),
}));

/** The gazetteer entry for a written name: exact, alias, or a near-miss spelling of the same person. */
export function lookupKnown(written: string): KnownPerson | undefined {
  const w = norm(written);
  for (const { p, names } of GAZETTEER) if (names.includes(w)) return p;
  const tokens = w.split(" ");
  if (tokens.length < 2) return undefined;
  for (const { p, full, fullTokens: ref } of GAZETTEER) {
    const surnameFirst = p.surnameFirst ?? false;
    const sameShort = surnameFirst ? ref[0] === tokens[0] : ref.at(-1) === tokens.at(-1);
    // A slip of the pen keeps a given name's first letter ("Xi Jingpin"); "Wang Fang" is not
    // "Wang Yang", whom the same surname and one letter apart would otherwise make her.
    if (
      sameShort &&
      givenInitial(ref, surnameFirst) === givenInitial(tokens, surnameFirst) &&
      editDistance(w, full) <= 2
    )
      return p;
  }
  return undefined;
}

/** The first letter of a name's given name, in its order ("xi jinping": "j", surname first). */
function givenInitial(tokens: string[], surnameFirst: boolean): string | undefined {
  return (surnameFirst ? tokens[1] : tokens[0])?.[0];
}

/** Gazetteer people whose bare surname is distinctive enough to resolve without an introduction. */
export function lookupShort(short: string): KnownPerson | undefined {
  const hits = GAZETTEER.filter((g) => g.short === short);
  const only = hits.length === 1 ? hits[0]?.p : undefined;
  return only && (short.length >= 5 || only.bareShort) ? only : undefined;
}

/** "Kerry's" → "Kerry", "Reuters’" → "Reuters"; "O'Neil" is left alone. */
export function stripPossessive(name: string): string {
  return name.replace(/(?<=\p{L})['’]s?$/u, "");
}

/** The people of one article, in order of introduction. */
export class Registry {
  readonly people: Person[] = [];
  /** The person last referred to, for role words ("the secretary") and pronouns. */
  recent: Person[] = [];

  byShort(short: string): Person | undefined {
    return this.people.find((p) => p.short === short);
  }

  /** Adds (or finds) a person from a written name with its title and nationality. */
  introduce(writtenAs: string, title: string, country?: string): Person {
    // "John Kerry's visit": the possessive is not part of the name.
    const written = stripPossessive(writtenAs);
    const known =
      lookupKnown(written) ?? (written.includes(" ") ? undefined : lookupShort(written));
    const name = known?.name ?? written;
    // A military rank is no office: "Rear Adm.", "Navy Adm." and "Army Gen." leave no role.
    const role = title.replace(RANK, "").trim() || known?.role;
    // "Vice Premier Wang Yang": a Chinese office tells the name order as well as "Chinese" does.
    const c = known?.country ?? country ?? (role ? countryOfRole(role) : undefined);
    const short = known
      ? shortName(known.name, known.surnameFirst ?? false)
      : this.guessShort(written, c);
    const existing = this.people.find(
      (p) => p.actor.name === name || (p.short === short && !written.includes(" ")),
    );
    if (existing) {
      if (title && !existing.titles.includes(title)) existing.titles += ` ${title}`;
      return existing;
    }
    const actor: Actor = { name };
    if (c) actor.country = c;
    if (role || known?.role) actor.role = role || known?.role;
    // "Liu Jian" and then "Liu Bo": two people of one surname in one article keep apart,
    // the second by the whole name (the first keeps the surname others match it by).
    const namesake = this.people.some((p) => p.short === short);
    const key = (namesake ? name : short).toLowerCase();
    const person: Person = { actor, key, short, titles: title };
    this.people.push(person);
    return person;
  }

  private guessShort(written: string, country?: string): string {
    const tokens = written.replace(/\s+(Jr\.|Sr\.|II|III|IV)$/, "").split(/\s+/);
    // "Chinese Defense Minister Wang Ling", or a Chinese surname and a pinyin given name with no
    // country told ("Deputy chief Sun Jianguo"): the surname comes first.
    return shortName(
      written,
      tokens.length === 2 && !/\./.test(written) && writesSurnameFirst(tokens, country),
    );
  }

  /** How often each person has been named so far: the most-named holder of a role is "the president". */
  readonly counts = new Map<Person, number>();

  touch(p: Person): void {
    this.recent = [p, ...this.recent.filter((x) => x !== p)];
    this.counts.set(p, (this.counts.get(p) ?? 0) + 1);
  }

  /** The person a role word refers to: the most-named holder so far, the latest on a tie. */
  salient(candidates: Person[]): Person | undefined {
    let best: Person | undefined;
    for (const p of candidates)
      if (!best || (this.counts.get(p) ?? 0) > (this.counts.get(best) ?? 0)) best = p;
    return best;
  }
}
