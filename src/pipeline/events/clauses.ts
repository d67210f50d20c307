import { CLOSING_BEFORE_DATE, REPORTS_BEFORE_DATE, SAID_THAT } from "../lexicon/speech.ts";
import type { ActorMention, Sentence, TimeMention, TriggerHit } from "../types.ts";
import { clauseOf, isFutureTense } from "../time/tense.ts";
import { DEFINITE_OCCASION } from "../lexicon/triggers.ts";
import {
  IRREGULAR_FULL_PAST_WORD,
  OTHER_TIME_CONJUNCTIONS,
  WEEKDAYS,
} from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { bestTrigger } from "./triggers.ts";
import { matchesOf } from "../util/matches.ts";
import { ANNOUNCE_RANK } from "./ranks.ts";

/*
 * Clauses of a sentence that are not its own act's: what a speaker reported, another time, the
 * start of a stretch of time. Each is read from the words before a mention.
 */

/** "and"/"but" before a lower-case word that is no determiner: a new verb phrase begins. */
const SINCE_ENDS = /\b(?:and|but)\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]/;

/** Nothing but an adverb between a date and the verb after it. */
const VERB_RIGHT_AFTER = /^\s*(?:\p{Ll}+ly\s+)?$/u;

/** A day of the week around publication, named alone: "on Wednesday", "yesterday". */
const NEWS_DAY = new RegExp(String.raw`^(?:on\s+)?(?:${WEEKDAYS.join("|")}|yesterday|today)$`, "i");

/** A verb in the past inside a since-clause: "since he took office", "since Beijing froze …". */
const PAST_VERB = new RegExp(String.raw`\b(?:[a-z]{3,}ed|${IRREGULAR_FULL_PAST_WORD})\b`);

/**
 * "his first trip to China since he took office in July 2011", "has stolen data since 2006": a
 * date in a "since" clause that names no occasion of its own is where a stretch of time starts,
 * not the date of the sentence's act, unless a "when" clause right after it tells what happened
 * then ("since last month, when the firm accused …"), or the phrase has no verb and ends on a day
 * of the news week.
 */
export function sinceAnchor(s: Sentence, t: TimeMention, triggers: TriggerHit[]): boolean {
  const between = (a: TimeMention, h: TriggerHit) =>
    s.text.slice(a.end - s.start, h.start - s.start);
  const before = s.text.slice(0, t.start - s.start);
  const clause = before.match(/\bsince\b[^,;]*$/i);
  // "… since 2009 and follows the June summit": a coordinated verb phrase ends the since-phrase.
  if (!clause || SINCE_ENDS.test(clause[0])) return false;
  const opens = s.start + before.length - clause[0].length;
  // "… since last month, when Mandiant accused a PLA unit": the when-clause is the date's act.
  const after = s.text.slice(t.end - s.start);
  const when = after.match(/^,?\s*when\b[^;]*/i);
  const whenEnd = when ? t.end + when[0].length : t.end;
  if (when && triggers.some((h) => h.start > t.end && h.start < whenEnd && !h.reference))
    return false;
  // "since the firm last month linked a unit to the attacks": a date between the clause's subject
  // and its verb dates that act.
  if (
    triggers.some((h) => !h.reference && h.start >= t.end && VERB_RIGHT_AFTER.test(between(t, h)))
  )
    return false;
  // "held their first talks since the latest arms deal on Wednesday": a since-phrase with no verb
  // and no occasion, ended by a day of the news week, leaves that day to the main clause's act.
  if (NEWS_DAY.test(t.text.trim()) && !PAST_VERB.test(clause[0].slice("since".length)))
    return false;
  return !triggers.some((h) => h.start > opens && h.start < t.start);
}

/**
 * "busier than at any point since 2011, when the talks broke off": a since-date kept
 * for its when-clause dates only the acts of that clause. When every date of the sentence is such
 * a one, the acts before it (the main clause's "analysts said") are left out; else all stay.
 */
export function sinceWhenActs(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
): TriggerHit[] {
  const whenClause = (t: TimeMention) =>
    /\bsince\b[^,;]*$/i.test(s.text.slice(0, t.start - s.start)) &&
    /^,?\s*when\b/i.test(s.text.slice(t.end - s.start));
  if (!dates.length || !dates.every(whenClause)) return triggers;
  const first = Math.min(...dates.map((t) => t.end));
  return triggers.filter((h) => h.start >= first);
}

/**
 * Where the reported clause holding a trigger or a date begins ("… told a briefing that |China
 * …"), if one does.
 */
export function reportedClause(s: Sentence, at: { start: number }): number | undefined {
  const before = s.text.slice(0, at.start - s.start);
  const last = matchesOf(before, SAID_THAT).at(-1);
  return last ? s.start + (last.index ?? 0) + last[0].length : undefined;
}

/** An announcement by its verb, told by the narrator: a statement of its own, not "said". */
export const isAnnouncing = (h: TriggerHit): boolean =>
  h.kind === "statement" && h.rank === ANNOUNCE_RANK && !h.noun && !h.inQuote;

/** An announcement (`isAnnouncing`) told before a point. */
export const announcedBefore = (triggers: TriggerHit[], at: number) =>
  triggers.find((h) => isAnnouncing(h) && h.start < at);

/**
 * "Qi said that relations had kept their momentum this year": a date inside what was said, with
 * nothing but saying (rank below ANNOUNCE_RANK: "said", "urged") to date, tells what the words are
 * about, not when they were spoken; there is no happening of that date (ANNOTATION.md: opinions
 * with no act are no events).
 */
export function datesOnlyWhatWasSaid(s: Sentence, t: TimeMention, triggers: TriggerHit[]): boolean {
  // Quoted or not: a readout quoted whole says what its officials said the same way.
  const acts = triggers.filter((h) => !h.reference);
  if (!acts.length || acts.some((h) => h.rank >= ANNOUNCE_RANK)) return false;
  const opens = reportedClause(s, t);
  return opens !== undefined && acts.every((h) => h.start < opens);
}

/** A clause of another time: "after Obama and Xi met", "before the talks, which …". */
const TEMPORAL_CLAUSE = /\b(?:after|before|following|since|until|when|while)\b[^,;]*$/i;

/** Whether a person is named inside a clause about another time than the sentence's own. */
export function inTemporalClause(s: Sentence, a: ActorMention): boolean {
  return TEMPORAL_CLAUSE.test(s.text.slice(0, a.start - s.start));
}

/**
 * Whether a sentence's date is the day its act was told rather than done: the date follows a
 * reporting verb while the sentence reports another act ("have agreed …, an official said
 * Wednesday").
 */
export function isToldOn(s: Sentence, t: TimeMention): boolean {
  return CLOSING_BEFORE_DATE.test(s.text.slice(0, t.start - s.start));
}

/**
 * "The minister will tour the yard during his visit, officials confirmed Thursday": the sentence's
 * dates (`dates`: those of its main clauses) are all the day a plan was told, and what it reports
 * is still to come; that plan has no date here (ANNOTATION.md: no date the text supports, no event
 * of the telling's day).
 */
export function toldPlanOnly(
  s: Sentence,
  dates: TimeMention[],
  narration: string,
  triggers: TriggerHit[],
): boolean {
  const told = dates.filter((t) => isToldOn(s, t) && !t.future);
  if (!told.length || told.length !== dates.length) return false;
  const first = Math.min(...told.map((t) => t.start));
  // "The minister will visit Beijing, officials said Monday": an occasion still to come, told
  // first. Not a position told so ("China hopes Washington will respect …, a spokesman said
  // Monday"), which is that day's statement, as it is when the telling comes first.
  if (isFutureTense(narration.slice(0, first - s.start)))
    return triggers.some((h) => h.start < first && h.strong && !h.reference && !h.inQuote);
  const last = told.reduce((a, b) => (b.start > a.start ? b : a));
  return toldBeforePlannedOccasion(s, last, narration, triggers);
}

/**
 * "Officials said Thursday that the minister will tour the yard": the telling comes first and the
 * plan it reports after it. What is told is an occasion still to come (a visit, a meeting, talks),
 * so the day is only the telling's. A decision told so ("said Saturday it would suspend the
 * exchanges") is an act of that day, an announcement, and keeps it.
 */
function toldBeforePlannedOccasion(
  s: Sentence,
  told: TimeMention,
  narration: string,
  triggers: TriggerHit[],
): boolean {
  if (!REPORTS_BEFORE_DATE.test(s.text.slice(0, told.start - s.start))) return false;
  const reported = narration.slice(told.end - s.start);
  if (!isFutureTense(reported)) return false;
  const act = bestTrigger(
    triggers.filter((h) => h.start >= told.end && !h.reference && !h.inQuote),
  );
  return act?.strong === true;
}

/** A clause of another time only: "when" and "while" tell the same moment. */
const OTHER_TIME_CLAUSE = new RegExp(
  String.raw`\b(?:${anyOf(OTHER_TIME_CONJUNCTIONS)})\b[^,;]*$`,
  "i",
);

/**
 * "Xi met Donilon on Monday, a week before Xi's summit with Obama": a person named in a clause
 * of another time that opens after the sentence's act and all its dates took no part in the act.
 */
export function laterTimeClausePerson(
  s: Sentence,
  a: ActorMention,
  act: number,
  dates: { end: number }[],
): boolean {
  const m = OTHER_TIME_CLAUSE.exec(s.text.slice(0, a.start - s.start));
  if (!m) return false;
  const opens = s.start + m.index;
  return opens > act && dates.every((d) => d.end <= opens);
}

/** ", and …", ", but …", "; …": a clause joined after another, with its own subject and verb. */
const JOINED_CLAUSE = /^\s*(?:,\s*(?:and|but)\s|;)/;

/**
 * "A storm that struck the port on May 2 closed the harbour, and aides wondered if the visit
 * would go on": an occasion named again only in a clause joined after the date's is not what the
 * date is of.
 */
export function namedOnlyAfterDateClause(s: Sentence, t: TimeMention): boolean {
  const at = t.start - s.start;
  const { clause, before } = clauseOf(s.text, at, t.end - s.start);
  const end = at - before.length + clause.length;
  const rest = s.text.slice(end);
  return (
    JOINED_CLAUSE.test(rest) &&
    s.text.slice(0, end).search(DEFINITE_OCCASION) < 0 &&
    rest.search(DEFINITE_OCCASION) >= 0
  );
}
