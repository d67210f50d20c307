import type { Sentence, TimeMention, TriggerHit } from "../types.ts";
import { FINENESS } from "../util/dates.ts";

/** The nouns of a document, whose year before them may name an edition ("the 2012 report"). */
const DOCUMENT_NOUNS = new Set(["report", "white paper"]);

/**
 * "The Pentagon's 2012 report … was released on May 18 last year": a bare year right before a
 * document's noun names the edition, and where the sentence also gives a finer date inside that
 * year, told the same way, that date is the document's; the year dates no happening of its own.
 * The dates of the sentence less such edition years.
 */
export function withoutEditionYears(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
): TimeMention[] {
  const edition = (t: TimeMention) =>
    t.precision === "year" &&
    triggers.some(
      (h) =>
        DOCUMENT_NOUNS.has(h.noun ?? "") &&
        h.start >= t.end &&
        /^\s*$/.test(s.text.slice(t.end - s.start, h.start - s.start)),
    ) &&
    dates.some(
      (o) =>
        o !== t &&
        FINENESS[o.precision] > FINENESS[t.precision] &&
        o.value.startsWith(t.value) &&
        o.inQuote === t.inQuote,
    );
  return dates.filter((t) => !edition(t));
}

/** A determiner or an owner right before a year: "the 2008 floods", "China's 1999 law". */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|[A-Z][\w.-]*['’]s)\s+$/;
/** How far after such a year an occasion's word still belongs to its noun phrase. */
const MODIFIED_NOUN_REACH = 40;

/**
 * "will tour towns struck by the 2008 floods on Saturday": a bare year between a
 * determiner and a noun describes the thing named, not when the sentence's act happened. Unless
 * an occasion's word follows in its noun phrase ("the 2011 Shangri-La Dialogue" is that year's
 * forum), such a year dates nothing where the sentence gives another date. The dates of the
 * sentence less such years.
 */
export function withoutModifierYears(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
): TimeMention[] {
  if (dates.length < 2) return dates;
  const modifier = (t: TimeMention) => {
    if (t.precision !== "year" || !/^\d{4}$/.test(t.text)) return false;
    if (!DETERMINER_BEFORE.test(s.text.slice(0, t.start - s.start))) return false;
    const after = s.text.slice(t.end - s.start, t.end - s.start + MODIFIED_NOUN_REACH);
    if (!/^\s+[A-Za-z]/.test(after)) return false;
    const phraseEnd =
      t.end +
      (after.search(/[,;:.()]|\s(?:on|in|at|by|for|with|to|from|and|that|which|who)\s/) + 1 ||
        after.length);
    return !triggers.some((h) => h.start >= t.end && h.start < phraseEnd);
  };
  const kept = dates.filter((t) => !modifier(t));
  return kept.length ? kept : dates;
}
