import type { Actor } from "../../dataset/index.ts";
import type { ActorMention, ArticleWork, EventDraft, Sentence } from "../types.ts";
import { COUNTRIES, SIDE_WORDS } from "../lexicon/countries.ts";
import { ORGS, togetherBodies } from "../lexicon/orgs.ts";
import { MECHANISM } from "../lexicon/mechanisms.ts";
import { THE_PAIR } from "../lexicon/roles.ts";
import { dayDiff } from "../util/dates.ts";
import { narrationOf } from "./attach.ts";

/** Wording that makes the two governments the actors: "the two countries", "officials from both sides". */
const BOTH_SIDES =
  /\b(?:the two|both) (?:countries|nations|sides|governments|militaries|armed forces|navies|armies|air forces|defen[cs]e ministries|coast guards)\b|\bbilateral\b/i;

const body = (name: string): Actor | undefined => ORGS.find((o) => o.actor.name === name)?.actor;

/**
 * The two governments, in the order of countries.json, when a sentence says both acted: in so many
 * words, by naming each side ("Chinese officials met with U.S. counterparts"), or when the event is
 * a session of one of their standing mechanisms ("the Strategic Security Dialogue", mechanisms.json).
 */
function bothGovernments(text: string, occasion?: string): Actor[] {
  const both =
    BOTH_SIDES.test(text) ||
    SIDE_WORDS.every((side) => side.re.test(text)) ||
    (occasion !== undefined && MECHANISM.test(occasion));
  if (!both) return [];
  // "The two navies held a drill": the services acted, not their governments.
  const together = togetherBodies(text);
  if (together.length) return together;
  return COUNTRIES.map((c) => body(c.government)).filter((a): a is Actor => !!a);
}

/** People named as the subject of a sentence: the first mention, near its start. */
function subjectOf(s: Sentence): ActorMention[] {
  const first = s.actors[0];
  return first && first.start - s.start <= 60 ? [first] : [];
}

/** The people an article is mostly about: the most-named two, in order of first mention. */
export function principalActors(work: ArticleWork): ActorMention[] {
  const counts = new Map<string, { m: ActorMention; n: number }>();
  for (const s of work.sentences)
    for (const m of s.actors) {
      const c = counts.get(m.key);
      if (c) c.n++;
      else counts.set(m.key, { m, n: 1 });
    }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked.slice(0, 2).map((c) => c.m);
}

/** Subjects that lay out the story's own programme: "The schedule includes talks Friday". */
const PROGRAMME_SUBJECT =
  /^(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:schedule|agenda|itinerary|programme)\b/i;

/**
 * Whether the occasion itself is the sentence's subject ("Talks resumed this morning", "The
 * two-day meeting ended"): the people are those of the story. A sentence with its own subject
 * ("The Philippines said …", "Officials held …") is about someone else, named or not.
 */
function occasionSubject(narration: string): boolean {
  const clause = narration.replace(/^\s*(?:On|In|Last|This|Earlier|Later)\b[^,]{0,30},\s*/, "");
  return /^(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|discussions|negotiations|dialogue|summit|session|consultations|conversations?)\b/i.test(
    clause,
  );
}

/** "The two leaders last met in Honolulu": a sentence whose subject is the two sides' people. */
const PAIR_SUBJECT = new RegExp(String.raw`^\s*(?:[A-Z][^,]{0,30},\s*)?${THE_PAIR}`, "i");

/** The article's two main people when they are one of each side (roles.json `pairs`). */
function thePair(narration: string, principal: ActorMention[]): ActorMention[] {
  if (!PAIR_SUBJECT.test(narration) || principal.length !== 2) return [];
  const [a, b] = principal;
  const sides = a?.actor.country && b?.actor.country && a.actor.country !== b.actor.country;
  return sides ? principal : [];
}

/** Days from publication within which the article's main people are the likely actors. */
const NEWS_WINDOW_DAYS = 3;

/**
 * Gives an event that names nobody ("Talks resumed on Monday") its likeliest actors, in order
 * of evidence: the two governments when its sentence (or the one before) says both sides acted;
 * the subject of the sentence before, in the same paragraph; else, when the occasion is the
 * subject ("Talks resumed") of an event in the article's own days, the people it is about. Older background events stay without people rather
 * than borrow today's.
 */
export function fillMissingActors(work: ArticleWork, events: EventDraft[]): void {
  const principal = principalActors(work);
  for (const e of events) {
    if (e.actors.length || e.bodies?.length) continue;
    const s = work.sentences[e.sentenceIdx[0] ?? -1];
    if (!s) continue;
    const prev = work.sentences[s.index - 1];
    const samePara = prev && prev.kind === "body" && prev.paragraph === s.paragraph;
    const own = bothGovernments(narrationOf(s, work.quotes), e.occasion);
    // Set before any borrowing below: whatever this loop gives the event is borrowed.
    e.borrowed = true;
    if (own.length) {
      e.bodies = own;
      continue;
    }
    const pair = thePair(narrationOf(s, work.quotes), principal);
    if (pair.length) {
      e.actors.push(...pair);
      continue;
    }
    const before = samePara ? subjectOf(prev) : [];
    if (before.length) {
      e.actors.push(...before);
      continue;
    }
    const previous = samePara ? bothGovernments(narrationOf(prev, work.quotes)) : [];
    if (previous.length) {
      e.bodies = previous;
      continue;
    }
    const pub = work.published?.value;
    // A plan names its own participants when they are known; guessing them would mislead.
    const narration = narrationOf(s, work.quotes);
    const programme = PROGRAMME_SUBJECT.test(narration);
    const near =
      pub &&
      (occasionSubject(narration) || programme) &&
      (e.status === "occurred" || programme) &&
      e.date.precision === "day" &&
      Math.abs(dayDiff(e.date.value, pub.slice(0, 10))) <= NEWS_WINDOW_DAYS;
    if (near) e.actors.push(...principal);
    else delete e.borrowed;
  }
}
