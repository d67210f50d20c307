import { DEFINITE_OCCASION } from "../lexicon/triggers.ts";
import type { ActorMention, EventDraft, Sentence, TimeMention } from "../types.ts";
import { dayDiff } from "../util/dates.ts";
import { matchesOf } from "../util/matches.ts";
import { referredEvent } from "./refer.ts";

/** The words right before a day that close a stretch: "runs through", "lasts until", "ends on". */
const CLOSING_WORDS =
  /\b(?:through|until|till)\s+(?:on\s+)?$|\b(?:ends|ended|will\s+end|concludes|concluded|wraps\s+up|wrapped\s+up)\s+(?:on\s+)?$/i;

/** The most days an occasion told so may run on after it began (an exercise, a visit). */
const MOST_DAYS = 14;

/**
 * "The two navies opened an exercise on Sunday. The exercise, which involves a dozen ships, runs
 * until Friday": a sentence that opens with an occasion already reported and dates only its
 * end tells how long that occasion runs. It is no happening of the last day: the reported event
 * runs to that day. Returns the event so extended, if any.
 */
export function occasionEnd(
  events: EventDraft[],
  s: Sentence,
  dates: TimeMention[],
  actors: ActorMention[],
  definitions: ReadonlyMap<string, string>,
  narration: string,
): EventDraft | undefined {
  const [t] = dates;
  if (dates.length !== 1 || !t || t.precision !== "day") return undefined;
  if (matchesOf(narration, DEFINITE_OCCASION)[0]?.index !== 0) return undefined;
  if (!CLOSING_WORDS.test(s.text.slice(0, t.start - s.start))) return undefined;
  const e = referredEvent(events, s, actors, undefined, definitions, narration);
  if (!e || e.date.precision !== "day") return undefined;
  const after = dayDiff(e.date.end ?? e.date.value, t.value);
  if (after < 1 || dayDiff(e.date.value, t.value) > MOST_DAYS) return undefined;
  e.date = { ...e.date, end: t.value };
  return e;
}
