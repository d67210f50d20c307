import type { ActorMention, EventDraft, Sentence } from "../types.ts";
import { isGovernment, orgActors } from "../lexicon/orgs.ts";

/** A spokesperson's title, in any of its forms. */
const SPOKES = String.raw`[Ss]pokes(?:man|woman|person)`;

/** The title anywhere in a text, in any case ("a defense ministry spokesman said"). */
export const SPOKESPERSON = new RegExp(String.raw`\b${SPOKES}\b`, "i");

/**
 * The title right before the name, with the body's words before it: "Defense Ministry spokesman
 * Geng Yansheng", "a Foreign Ministry spokesman, Hong Lei" (a mention may hold its title or not).
 */
const TITLE_BEFORE = new RegExp(
  String.raw`((?:[\w'’.-]+\s+){0,3})${SPOKES},?\s+(?:[A-Z][\w.'’-]*\s*){1,4}$`,
);

/** The title in apposition after the name: ", a spokesman for the Foreign Ministry". */
const TITLE_AFTER = new RegExp(
  String.raw`^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?${SPOKES}(?:\s+(?:for|of|at)\s+((?:the\s+)?[^,]{1,60}))?`,
  "i",
);

/** The title's letters anywhere, in any case: what both patterns above need to match at all. */
const ANY_TITLE = new RegExp(SPOKES, "i");

/** A spokesperson named in a sentence, and the words that name whom they speak for. */
export interface Spokesperson {
  person: ActorMention;
  /** "Defense Ministry", "the ministry", "" (a spokesman of no body named). */
  body: string;
}

/** The first person a sentence names as a spokesperson: "ministry spokesman Geng Yansheng said …". */
export function spokespersonOf(
  s: Sentence,
  actors: ActorMention[],
  text: string,
): Spokesperson | undefined {
  // Both patterns need the title: most sentences have none, and the patterns are slow to fail.
  if (!ANY_TITLE.test(text.slice(s.start, s.end))) return undefined;
  for (const person of actors) {
    const upTo = text.slice(Math.max(s.start, person.start - 60), person.end);
    const after = text.slice(person.end, Math.min(s.end, person.end + 90));
    const m = TITLE_BEFORE.exec(upTo) ?? TITLE_AFTER.exec(after);
    if (m) return { person, body: (m[1] ?? "").trim() };
  }
  return undefined;
}

/**
 * Whether the spokesperson speaks for the body that made a statement: an event told of a body
 * alone ("China's Ministry of National Defense dismissed the report") whose body the spokesperson's
 * words name, or that they name no other body ("ministry spokesman", "a spokesman for the ministry");
 * or of a government alone, when the spokesperson is of its country.
 */
export function speaksFor(e: EventDraft, who: Spokesperson): boolean {
  const all = e.bodies ?? [];
  const bodies = all.length === 1 ? all : all.filter((b) => !isGovernment(b));
  if (e.actors.length || bodies.length !== 1) return false;
  const [body] = bodies;
  const named = orgActors(who.body, who.body.length).filter((b) => !isGovernment(b));
  // The spokesperson's side: their own, else that of the body their title names.
  const country = who.person.actor.country || named[0]?.country;
  // "China rejected the charges. … spokeswoman Hua Chunying said": a government speaks through
  // its ministries' spokespeople too.
  if (body && isGovernment(body)) return country === body.country;
  if (named.length) return named.some((b) => b.name === body?.name);
  return !country || country === body?.country;
}
