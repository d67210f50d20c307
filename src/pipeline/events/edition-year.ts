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
