import type { Precision } from "../../dataset/index.ts";
import { matchesOf } from "../util/matches.ts";

/** "before the end of the year", "by the end of next month", "by year-end": a year or a month. */
export interface PeriodEndMention {
  start: number;
  end: number;
  text: string;
  /** "2013" or "2013-11". */
  value: string;
  precision: Precision;
}

/**
 * The end of a year or a month as a deadline ("before the end of the year", "by the end of next
 * month", "by year-end"): what is done before it falls somewhere in that year or month, so it
 * names the year or the month. "the"/"this" is the reference's own, "next" and "last" step from
 * it. ("At the end of last year" is December, as chrono reads it.)
 */
const PERIOD_END =
  /\b(?:before|by|until|till)\s+(?:the\s+)?(?:end|close)\s+of\s+(the|this|next|last|the current)\s+(year|month)\b|\b(?:before|by|until|till)\s+(?:the\s+)?(year|month)['’]?s?[- ]end\b/gi;

/**
 * A part of a year or a month: "in the first half of the year", "during the second quarter of next
 * year", "over the last months of the year", "in the early part of the month". With no finer
 * precision in the contract, it names the year or the month it is a part of, as the end does.
 */
const PERIOD_PART =
  /\b(?:in|during|by|within|over|for)\s+the\s+(?:first|second|third|fourth|latter|last|final|early|later)\s+(?:half|quarter|part|months)\s+of\s+(the|this|next|last|the current)\s+(year|month)\b/gi;

/**
 * Every PERIOD_END and PERIOD_PART match holds "year" or "month" (in any case, as they read it): a
 * text without either is not searched.
 */
const YEAR_OR_MONTH = /year|month/i;

export function findPeriodEnds(text: string, ref: Date): PeriodEndMention[] {
  const out: PeriodEndMention[] = [];
  if (!YEAR_OR_MONTH.test(text)) return out;
  const found = [...matchesOf(text, PERIOD_END), ...matchesOf(text, PERIOD_PART)].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  );
  for (const m of found) {
    const det = (m[1] ?? "this").toLowerCase();
    const unit = (m[2] ?? m[3] ?? "year").toLowerCase();
    const step = det === "next" ? 1 : det === "last" ? -1 : 0;
    const year = ref.getUTCFullYear();
    const month = ref.getUTCMonth() + step;
    const value =
      unit === "year"
        ? String(year + step)
        : `${year + Math.floor(month / 12)}-${String((((month % 12) + 12) % 12) + 1).padStart(2, "0")}`;
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      value,
      precision: unit === "year" ? "year" : "month",
    });
  }
  return out;
}
