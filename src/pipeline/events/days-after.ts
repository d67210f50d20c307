import type { Precision } from "../../dataset/index.ts";
import { DAY_COUNTS } from "../lexicon/calendar.ts";
import type { ActorMention, Sentence, Span, TimeMention, TriggerHit } from "../types.ts";
import { addDays, fromIso, isoDay } from "../util/dates.ts";
import { ANSWER_RANK } from "./ranks.ts";
import { sameDay } from "./same-day.ts";

/**
 * "two days after", "three weeks after", "two months after", with the count in words or digits
 * (calendar.json `dayCounts`), and "the day after", "the week after" (one of them).
 */
const DAYS_AFTER = new RegExp(
  String.raw`\b(?:(${Object.keys(DAY_COUNTS).join("|")}|[1-6])\s+(days?|weeks?|months?)|the\s+(day|week|month))\s+after\s+`,
  "i",
);

/** The unit a clause counts back in: days give a day; weeks and months only a month. */
export type CountUnit = "day" | "week" | "month";

/** A clause counted back from another date: its stretch, its acts, the count and its words. */
export interface DaysAfterClause {
  span: Span;
  triggers: TriggerHit[];
  daysBefore: number;
  unit: CountUnit;
  words: Span;
}

/**
 * An aside set off by commas inside the clause, between its subject and its verb: "a day after
 * the envoy, in a lecture in Geneva, urged both sides …", "the senator, at a town hall, told …",
 * or the subject's title ("the envoy, the deputy foreign minister, urged …"). It opens with a
 * preposition, or is a title of a few words, and holds no verb of its own before its comma.
 */
const ASIDE =
  /^,\s+(?:(?:in|at|during|on|before)\s+[^,;]*|(?:[\w.'’-]+\s+){0,5}[\w.'’-]+),\s+(?=\p{Ll}+\b)/u;

/** The length of the counted clause: to the first comma or semicolon, past an aside. */
function clauseLength(rest: string): number {
  const stop = rest.search(/[;,]|$/);
  const aside = ASIDE.exec(rest.slice(stop));
  if (!aside) return stop;
  const after = stop + aside[0].length;
  return after + rest.slice(after).search(/[;,]|$/);
}

/**
 * "The drill came a day after the ministers wrapped up talks in Beijing": a clause set a few days
 * after another happening of a known day tells of an occasion of its own, that many days before.
 * The clause's stretch, its acts, how many days earlier it was and the words that say so; undefined when the sentence
 * has no such clause or the clause names no act.
 */
export function daysAfterClause(
  s: Sentence,
  triggers: readonly TriggerHit[],
): DaysAfterClause | undefined {
  const m = DAYS_AFTER.exec(s.text);
  if (!m) return undefined;
  const count = m[1]?.toLowerCase() ?? "";
  const daysBefore = m[3] ? 1 : (DAY_COUNTS[count] ?? Number(count));
  const unit = ((m[2] ?? m[3])?.toLowerCase().replace(/s$/, "") ?? "day") as CountUnit;
  const from = s.start + m.index + m[0].length;
  const end = from + clauseLength(s.text.slice(from - s.start));
  const own = triggers
    // An occasion noun counts even where the clause's "after" ranked it low, and so does a
    // reply ("a day after the spokesman dismissed it"), though not a plain "said".
    .filter(
      (h) =>
        h.start >= from &&
        h.start < end &&
        !h.inQuote &&
        ((h.clauseRank ?? h.rank) >= ANSWER_RANK || !!h.noun),
    )
    .map((h) => ({ ...h, reference: false }));
  if (!own.length) return undefined;
  const at = s.start + m.index;
  return {
    span: { text: s.text.slice(from - s.start, end - s.start), start: from, end },
    triggers: own,
    daysBefore,
    unit,
    words: { text: m[0].trim(), start: at, end: at + m[0].trim().length },
  };
}

/**
 * The date the clause names, counted back from `from` (the date of the act it follows), as a
 * mention of the clause's own words ("a day after"); undefined when the count gives none.
 */
export function clauseDate(
  clause: DaysAfterClause,
  from: { value: string; precision: Precision; end?: string },
): TimeMention | undefined {
  const when = countedBack(from, clause.daysBefore, clause.unit);
  if (!when) return undefined;
  const { text, start, end } = clause.words;
  return { ...sameDay(when.value, start, text, end), precision: when.precision };
}

/** The people the clause names: the people of its own happening. */
export function clausePeople(clause: DaysAfterClause, actors: ActorMention[]): ActorMention[] {
  return actors.filter((a) => a.start >= clause.span.start && a.end <= clause.span.end);
}

/**
 * The date a clause counted back from another date names: that many days before its day, or the
 * month that many weeks or months before (a count of weeks or months gives no day).
 */
function countedBack(
  from: { value: string; precision: Precision; end?: string },
  n: number,
  unit: CountUnit,
): { value: string; precision: Precision } | undefined {
  const { value, precision, end } = from;
  if (end) return undefined;
  if (unit !== "month") {
    if (precision !== "day") return undefined;
    const day = isoDay(addDays(fromIso(value), unit === "week" ? -7 * n : -n));
    return unit === "day"
      ? { value: day, precision: "day" }
      : { value: day.slice(0, 7), precision: "month" };
  }
  if (precision === "year") return undefined;
  const d = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1 - n, 1, 12));
  return { value: isoDay(d).slice(0, 7), precision: "month" };
}
