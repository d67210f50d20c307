import { z } from "zod";
import type { Actor } from "../../dataset/index.ts";
import { LexiconError, parseLexicon } from "./compile/parse.ts";
import { literal, termPattern } from "./compile/patterns.ts";
import { patternSchema } from "./compile/schemas.ts";
import { MONTH_NAMES, WEEKDAYS } from "./calendar.ts";
import { CAPITALS, COUNTRIES } from "./countries.ts";
import raw from "./data/orgs.json" with { type: "json" };
import { matchesOf } from "../util/matches.ts";

const iso = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code");

/**
 * Governments and bodies that act as a whole (`data/orgs.json`): "China suspended military
 * exchanges", "a report to Congress". Used for events that name no person. An entry is either a
 * `government` (a country of countries.json, named as that file says) or a body with its `name`
 * and `country`; it is found by its `terms` (whole words, matching case) and its `patterns`
 * (regex sources used as written, for conditions around the words).
 */
export const orgsFileSchema = z.array(
  z
    .strictObject({
      note: z.string().optional(),
      government: iso.optional(),
      name: z.string().min(1).optional(),
      country: iso.optional(),
      terms: z.array(z.string().min(1)).optional(),
      patterns: z.array(patternSchema).optional(),
      /** Plural nouns that name this body and its counterpart of the other side as one. */
      together: z.array(patternSchema).optional(),
      /**
       * Common nouns that name this body after "the" once an article has named it in full ("the
       * committee", "the panel").
       */
      definite: z.array(z.string().min(1)).optional(),
    })
    .refine((o) => !!o.government !== !!(o.name && o.country), {
      message: "either a government or a body's name and country",
    })
    .refine((o) => o.terms?.length || o.patterns?.length, { message: "no terms or patterns" }),
);
export type OrgsFile = z.output<typeof orgsFileSchema>;

export interface Org {
  re: RegExp;
  actor: Actor;
  state?: boolean;
  /** "the two navies", "U.S. and Chinese warships": both sides' bodies of this kind, as one. */
  together?: RegExp;
  /** "the committee", "the panel": how an article calls this body once it has named it. */
  definite?: RegExp;
}

/** Each body with one pattern of its terms and patterns, governments named by countries.json. */
export function compileOrgs(data: OrgsFile): Org[] {
  return data.map((o, i) => {
    const re = new RegExp([...(o.terms ?? []).map(termPattern), ...(o.patterns ?? [])].join("|"));
    if (!o.government) {
      const actor = { name: o.name ?? "", country: o.country ?? "" };
      return {
        re,
        actor,
        ...(o.together ? { together: togetherPattern(o.together) } : {}),
        ...(o.definite ? { definite: definitePattern(o.definite) } : {}),
      };
    }
    const country = COUNTRIES.find((c) => c.iso === o.government);
    if (!country)
      throw new LexiconError("orgs.json", [i, "government"], "not in countries.json", data);
    return { re, actor: { name: country.government, country: country.iso }, state: true };
  });
}

/** "The committee", "the panel", "his committee": one of the nouns after "the", in either case. */
const definitePattern = (nouns: string[]): RegExp =>
  new RegExp(String.raw`\b(?:the|his|her)\s+(?:${nouns.map(literal).join("|")})\b`, "i");

/** Either side by name or adjective ("U.S.", "US", "China", "Chinese", "American"). */
const SIDE = [...new Set(COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives]))]
  .map(literal)
  .join("|");

/**
 * Both sides named as one subject before one of the nouns: "the two navies", "both navies",
 * "Chinese and U.S. Navy ships", "U.S. and Chinese naval vessels" (not "Chinese warships").
 */
function togetherPattern(nouns: string[]): RegExp {
  const both = String.raw`\b[Tt]he two|\b[Bb]oth|(?<![\w.])(?:${SIDE})\s+and\s+(?:${SIDE})`;
  return new RegExp(String.raw`(?:${both})\s+(?:[\w-]+\s+)?(?:${nouns.join("|")})\b`);
}

export const ORGS: readonly Org[] = compileOrgs(parseLexicon(orgsFileSchema, raw, "orgs.json"));

/** Words that make the name after them a place ("in Beijing", "to Washington"). */
const PLACE_BEFORE = /\b(?:in|at|to|from|into|near|outside|via|visited|visit|arrived in)\s+$/i;

/**
 * A nation named right before a body's name: a capitalised possessive ("Japan's", "Vietnam's")
 * or a nationality adjective ("Japanese", "Indian", "British", "Israeli"). Countries.json knows
 * only the two sides, so the shape stands for every other nation.
 */
const NATION_BEFORE = /\b([A-Z][a-z]+)['’]s\s+$|\b([A-Z][a-z]*(?:ese|ian|an|ish|i))\s+$/;

/** Possessives that are days, not nations ("Monday's Foreign Ministry statement"). */
const CALENDAR_NAMES = new Set([...WEEKDAYS, ...MONTH_NAMES]);

/**
 * Whether another nation qualifies a body's name: "Japan's Defense Ministry", "the Indian
 * Foreign Ministry" are not China's, though a bare "Defense Ministry" in these reports is. The
 * body's own country's names and adjectives ("China's Defense Ministry") qualify it as itself.
 */
function otherNationBefore(text: string, at: number, actor: Actor): boolean {
  const m = NATION_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  const word = m?.[1] ?? m?.[2];
  if (!word || CALENDAR_NAMES.has(word)) return false;
  const own = COUNTRIES.find((c) => c.iso === actor.country);
  return !own || ![...own.names, ...own.adjectives].includes(word);
}

/** Each body's pattern, global and case-sensitive, compiled once (it runs for every event drafted). */
const GLOBAL = ORGS.map((o) => new RegExp(o.re.source, "g"));

/** Where a text names a body as one that can act, each body's such mentions in text order. */
interface BodyMention {
  at: number;
  end: number;
}

/**
 * Each body's mentions in a text, less a capital after a place word ("gathered in Washington",
 * "flew to Beijing": where something happened, not a government acting; "In China, that nation's
 * white paper …" keeps the country: it frames whose act it is) and another nation's ministry.
 * Drafting asks `orgActors` of one sentence several times in a row, with different subjects: the
 * last text's answer is kept, so the patterns run once per sentence.
 */
function bodyMentions(text: string): BodyMention[][] {
  if (lastMentions?.text === text) return lastMentions.mentions;
  const mentions = ORGS.map((o, i) => {
    const own: BodyMention[] = [];
    for (const hit of matchesOf(text, GLOBAL[i] as RegExp)) {
      const at = hit.index ?? 0;
      const capital = CAPITALS.has(hit[0]);
      if (capital && PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      if (!o.state && otherNationBefore(text, at, o.actor)) continue;
      own.push({ at, end: at + hit[0].length });
    }
    return own;
  });
  lastMentions = { text, mentions };
  return mentions;
}
let lastMentions: { text: string; mentions: BodyMention[][] } | undefined;

/**
 * The bodies a sentence names as acting: those before `before` (the subject side of the trigger),
 * else any non-state body in the sentence ("a report to Congress").
 */
export function orgActors(text: string, before: number): Actor[] {
  const mentions = bodyMentions(text);
  const subject = bodiesBefore(mentions, before, true);
  return subject.length ? subject : bodiesBefore(mentions, text.length, false);
}

/**
 * The bodies first mentioned before `to`, states too or not, in text order. A module function
 * filling one list: drafting asks this several times of each sentence, and a closure and a list
 * for every body on every call cost more than the answer.
 */
function bodiesBefore(mentions: BodyMention[][], to: number, states: boolean): Actor[] {
  const hits: (BodyMention & { actor: Actor })[] = [];
  ORGS.forEach((o, i) => {
    if (!states && o.state) return;
    const first = mentions[i]?.find((m) => m.at < to);
    if (first) hits.push({ ...first, actor: o.actor });
  });
  return (
    hits
      // "PLA Navy" names the navy, not also the army whose name it holds.
      .filter(
        (x) =>
          !hits.some(
            (y) => y !== x && y.at <= x.at && y.end >= x.end && y.end - y.at > x.end - x.at,
          ),
      )
      .sort((a, b) => a.at - b.at)
      .map((x) => x.actor)
  );
}

/**
 * The bodies of both sides a text names as one ("the two navies held a drill"), in the order of
 * countries.json, as the governments are; none when it names no such pair.
 */
export function togetherBodies(text: string): Actor[] {
  const side = (a: Actor) => COUNTRIES.findIndex((c) => c.iso === a.country);
  return ORGS.filter((o) => o.together?.test(text))
    .map((o) => o.actor)
    .sort((a, b) => side(a) - side(b));
}

/** Whether an actor is one of the governments as a whole ("China", "United States"). */
export function isGovernment(actor: Actor): boolean {
  return COUNTRIES.some((c) => c.government === actor.name);
}
