import { DAY_COUNTS } from "../lexicon/calendar.ts";
import type { Sentence, Span, TriggerHit } from "../types.ts";

/**
 * "two days after", "three weeks after", "two months after", with the count in words or digits
 * (calendar.json `dayCounts`).
 */
const DAYS_AFTER = new RegExp(
  String.raw`\b(${Object.keys(DAY_COUNTS).join("|")}|[1-6])\s+(days?|weeks?|months?)\s+after\s+`,
  "i",
);

/** The unit a clause counts back in: days give a day; weeks and months only a month. */
export type CountUnit = "day" | "week" | "month";

/**
 * "The drill came a day after the ministers wrapped up talks in Beijing": a clause set a few days
 * after another happening of a known day tells of an occasion of its own, that many days before.
 * The clause's stretch, its acts, how many days earlier it was and the words that say so; undefined when the sentence
 * has no such clause or the clause names no act.
 */
export function daysAfterClause(
  s: Sentence,
  triggers: readonly TriggerHit[],
):
  | { span: Span; triggers: TriggerHit[]; daysBefore: number; unit: CountUnit; words: Span }
  | undefined {
  const m = DAYS_AFTER.exec(s.text);
  if (!m) return undefined;
  const count = m[1]?.toLowerCase() ?? "";
  const daysBefore = DAY_COUNTS[count] ?? Number(count);
  const unit = (m[2]?.toLowerCase().replace(/s$/, "") ?? "day") as CountUnit;
  const from = s.start + m.index + m[0].length;
  const stop = s.text.slice(from - s.start).search(/[;,]|$/);
  const end = from + stop;
  const own = triggers
    // An occasion noun counts even where the clause's "after" ranked it low.
    .filter((h) => h.start >= from && h.start < end && !h.inQuote && (h.rank >= 4 || !!h.noun))
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
