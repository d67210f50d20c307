import type { ActorMention, QuoteSpan, Sentence, TimeMention, TriggerHit } from "../types.ts";
import { findTriggers } from "./triggers.ts";
import { ACT_RANK, ANSWER_RANK, SAY_RANK } from "./ranks.ts";
import { NEAR_MEASURES, OWN_CLAUSE_CONJUNCTIONS } from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";

/*
 * "China suspended the exchanges after the United States notified Congress of an arms sale on
 * Jan. 29": a date inside a clause of another time (after, before, since, until) or of a
 * concession ("though the White House approved a sale in September"; calendar.json
 * ownClauseConjunctions) dates that clause's happening, not the act of the main clause.
 * Simultaneity ("when", "while", "as") is left alone: there the clause's date is the main act's too.
 */

/**
 * The conjunction opening a clause of another time, with nothing but the clause up to the date.
 * "Shortly after", "soon after", "just before" (calendar.json nearMeasures) tell a time close to
 * the clause's own: "phoned the envoy shortly after the vote in June" dates the call by that
 * month too, so such a clause is left alone, as simultaneity is.
 */
const OTHER_TIME = new RegExp(
  String.raw`(?<!\b(?:${anyOf(NEAR_MEASURES)})\s)\b(?:${anyOf(OWN_CLAUSE_CONJUNCTIONS)})\s+[^,;:]*$`,
  "i",
);

/** Where the clause ends after its date: the next comma, semicolon, colon or dash. */
const CLAUSE_END = /[,;:]|\s[—–]\s|\s--\s/;

/** Words before a noun, not a subject before its verb ("the talks", "Obama's visit", "of talks"). */
const NOUN_BEFORE =
  /(?:^|\b(?:the|a|an|its|his|her|their|this|that|of|for|with|in|on|at)|['’]s)\s*$/i;

/** A regular past verb after a subject ("Washington notified"), or a participle ("after meeting"). */
const FINITE = /^\s*(?:[\w.'’&-]+\s+){0,8}?(?<!\b(?:the|a|an|its|his|her|their)\s)[a-z]+ed\b/;
const PARTICIPLE = /^\s*[a-z]+ing\b/;

/** A sentence that opens with a participle's "after" clause: "After leaving port on Monday, …". */
const OPENING_AFTER = /^\W*(?:after|following)\s+[a-z]+ing\b[^,;:]*$/i;

/** The lowest rank of the clause's own happening: anything but "said" ("threatened", "urged"). */
const CLAUSE_ACT_RANK = ANSWER_RANK;

/** A named subject, then "said" right before the date: "Google said in", "security firm Mandiant said on". */
const SAYER =
  /^\s*(?:(?:US|U\.S\.|[a-z]+)\s+){0,3}(?:[A-Z][\w.&'’-]*\s+){1,4}(?:said|says|announced|disclosed|revealed)\s+(?:on|in)?\s*$/;

export interface ClauseDate {
  t: TimeMention;
  /** From the conjunction to the clause's end. */
  span: { start: number; end: number };
  /** The clause's own acts, at their full rank (not lowered for standing in a clause). */
  triggers: TriggerHit[];
  /** "after meeting Xi on Monday": the clause has the main clause's subject. */
  participle: boolean;
}

/** The other-time clause a date stands in, when the clause has a verb of its own. */
function clauseOf(
  s: Sentence,
  t: TimeMention,
  acts: TriggerHit[],
): (Omit<ClauseDate, "triggers" | "t"> & { words: number }) | undefined {
  const before = s.text.slice(0, t.start - s.start);
  const m = OTHER_TIME.exec(before);
  if (!m) return undefined;
  const conjunction = /^\S+(?:\s+to)?/.exec(m[0])?.[0] ?? "";
  const words = m[0].slice(conjunction.length);
  const participle = PARTICIPLE.test(words);
  const at = s.start + m.index + conjunction.length;
  // "since Beijing froze …": an act's verb after its subject, irregular forms included.
  const verb = acts.some(
    (h) => h.start >= at && !NOUN_BEFORE.test(s.text.slice(at - s.start, h.start - s.start)),
  );
  if (!participle && !verb && !FINITE.test(words)) return undefined;
  const rest = s.text.slice(t.end - s.start);
  const stop = rest.search(CLAUSE_END);
  const start = s.start + m.index;
  const end = stop < 0 ? s.end : t.end + stop;
  return { span: { start, end }, words: start + conjunction.length, participle };
}

/**
 * The dates of a sentence that stand in a clause of another time while the main clause reports an
 * act of its own, or that date no act at all. Each comes with the clause's acts (none: the date
 * dates nothing the sentence reports, only the clause's happening).
 */
export function otherTimeDates(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  quotes: QuoteSpan[],
): ClauseDate[] {
  const found: ClauseDate[] = [];
  for (const t of dates) {
    const clause = clauseOf(
      s,
      t,
      triggers.filter((h) => h.start < t.start),
    );
    if (!clause) continue;
    const { start, end } = clause.span;
    const outside = (h: TriggerHit) => h.start < start || h.start >= end;
    const main = triggers.some(
      (h) => !h.reference && !h.inQuote && h.rank >= ACT_RANK && outside(h),
    );
    // Read after the conjunction, the clause's acts keep the rank a main clause would give them.
    const from = clause.words;
    const words: Sentence = {
      ...s,
      start: from,
      end,
      text: s.text.slice(from - s.start, end - s.start),
    };
    // "since Google said in January that it had been attacked": what a subject of its own said
    // at a date of its own is a statement told in passing.
    const named = SAYER.test(s.text.slice(from - s.start, t.start - s.start));
    const own = findTriggers(words, quotes).filter(
      (h) => !h.reference && (h.rank >= CLAUSE_ACT_RANK || (named && h.rank >= SAY_RANK)),
    );
    // "Chang said he welcomed the choice after taking office in February": a clause of another
    // time with no act of its own dates nothing the sentence tells, whatever the main clause says.
    if (!main && own.length) continue;
    // "After leaving port on Monday, the frigates held a joint drill": a participle's
    // clause opening the sentence, of what its subject did just before, with no act of its own to
    // date, dates the main clause's act too (the one day the sentence tells). Told after the main
    // clause ("said he valued it after taking office in January") it is only background.
    if (clause.participle && !own.length && OPENING_AFTER.test(s.text.slice(0, end - s.start)))
      continue;
    found.push({ t, span: clause.span, triggers: own, participle: clause.participle });
  }
  return found;
}

/** Whether an offset lies inside one of the clauses. */
export function inClause(clauses: ClauseDate[], at: number): boolean {
  return clauses.some((c) => c.span.start <= at && at < c.span.end);
}

/** The people of a clause: those named in it, and the main subject of a participle clause. */
export function clauseActors(c: ClauseDate, actors: ActorMention[]): ActorMention[] {
  const inside = actors.filter((a) => a.start >= c.span.start && a.start < c.span.end);
  const subject = actors.find((a) => a.start < c.span.start);
  return c.participle && subject ? [subject, ...inside] : inside;
}
