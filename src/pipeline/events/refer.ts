import type { ActorMention, EventDraft, Sentence, TimeMention } from "../types.ts";
import { DEFINITE_OCCASION, NOUN_FAMILY, REFERENCE_MARKER } from "../lexicon/triggers.ts";
import { addDays, fromIso, interval, isoDay } from "../util/dates.ts";
import { familiesOf, sharedActors } from "./attach.ts";

/** An event of this article that a dated mention in a quotation refers to (same day, ±1). */
export function eventNear(
  events: EventDraft[],
  t: TimeMention,
  actors: ActorMention[],
): EventDraft | undefined {
  if (t.precision !== "day") return undefined;
  const candidates = events.filter((e) => {
    if (e.date.precision !== "day") return false;
    const [lo, hi] = interval(e.date.value, "day", e.date.end);
    return (
      t.value >= isoDay(addDays(fromIso(lo), -1)) && t.value <= isoDay(addDays(fromIso(hi), 1))
    );
  });
  return pickBest(candidates, actors, t.value);
}

/** Prefers the candidate sharing most people, then the exact day, then the latest reported. */
export function pickBest(
  candidates: EventDraft[],
  actors: ActorMention[],
  day?: string,
): EventDraft | undefined {
  let best: EventDraft | undefined;
  let bestScore = -1;
  for (const e of candidates) {
    const score = sharedActors(e, actors) * 10 + (day && e.date.value === day ? 5 : 0);
    if (score >= bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** "the meeting", "the report": the reported event this sentence refers back to. */
export function referredEvent(
  events: EventDraft[],
  s: Sentence,
  actors: ActorMention[],
  t?: TimeMention,
): EventDraft | undefined {
  for (const m of s.text.matchAll(DEFINITE_OCCASION)) {
    // "before he left for the talks": names another occasion, not the one this sentence reports.
    if (
      REFERENCE_MARKER.test(
        s.text
          .slice(0, m.index ?? 0)
          .replace(/\s*the\s*$/i, " ")
          .replace(/\s+$/, " "),
      )
    )
      continue;
    const fam = NOUN_FAMILY[(m[1] ?? "").toLowerCase()] ?? (m[1] ?? "").toLowerCase();
    const candidates = events.filter((e) => {
      if (!familiesOf(e).has(fam)) return false;
      if (!t) return true;
      const [a, b] = interval(e.date.value, e.date.precision, e.date.end);
      const [c, d] = interval(t.value, t.precision, t.endValue);
      return a <= d && c <= b;
    });
    // "the meeting" prefers an event reported with the word "meeting" over one named "Dialogue".
    const noun = (m[1] ?? "").toLowerCase();
    const exact = candidates.filter((e) => e.triggers.some((h) => h.text.toLowerCase() === noun));
    const best = pickBest(exact.length ? exact : candidates, actors);
    if (best) return best;
  }
  return undefined;
}
