import type { ActorMention, EventDraft, Sentence, TimeMention, TriggerHit } from "../../types.ts";
import { isFutureTense } from "../../time/tense.ts";
import { familyOf, sharedActors } from "../attach.ts";
import { findLocation } from "../location.ts";
import { sameDay } from "../same-day.ts";
import type { Ctx } from "./context.ts";
import { newEvent } from "./new-event.ts";
import { AT_A_PLACE } from "../per-act.ts";

/** The latest event told in the `reach` sentences before `s` that passes `test`. */
function latestRecent(
  ctx: Ctx,
  s: Sentence,
  reach: number,
  test: (e: EventDraft) => boolean = () => true,
): EventDraft | undefined {
  return [...ctx.events]
    .reverse()
    .find((e) => e.sentenceIdx.some((i) => i < s.index && s.index - i <= reach) && test(e));
}

/** How many sentences back a day's event may stand for a later occasion that names no one. */
const UNNAMED_REACH = 2;

/** A bare "later" (not "later this year"): later on the day the narration is telling of. */
const LATER =
  /\b(?:later|afterwards?)\b(?!\s+(?:this|that|next|in|on|years?|months?|weeks?|days?)\b)/i;

/** Occasions that stand apart from the day's talks: a speech, a dinner. */
const OWN_OCCASIONS = new Set(["speech", "meal", "news conference"]);

/** "later the same day", "later that evening": the words before a date of the day just told. */
const LATER_BEFORE = /\blater\s+$/i;

/**
 * "In a speech at the university later the same day, Chen said …": a speech or a dinner dated
 * "later" on the day just told is a happening of its own that day, not the one the day refers to.
 */
export function laterOccasionOfDay(s: Sentence, t: TimeMention, triggers: TriggerHit[]): boolean {
  const own = (families: (family: string) => boolean) => !!toldOccasion(triggers, families);
  // "Earlier in the day, the secretary met the vice president": a sentence that opens with
  // another part of the day just told tells a meeting of its own. (A dinner or a speech "later
  // the same day" is told below.)
  if (OTHER_PART_OF_DAY.test(t.text.trim()) && t.start === s.start)
    return own((f) => f === "meeting");
  return (
    t.basis === "previous-date" &&
    LATER_BEFORE.test(s.text.slice(0, t.start - s.start)) &&
    own((f) => OWN_OCCASIONS.has(f))
  );
}

/** The sentence's own trigger (not a reference, not quoted) of a family `families` accepts. */
const toldOccasion = (triggers: TriggerHit[], families: (family: string) => boolean) =>
  triggers.find((h) => !h.reference && !h.inQuote && families(familyOf(h) ?? ""));

/** "Earlier in the day", "later that morning": another part of the day just told. */
const OTHER_PART_OF_DAY =
  /^(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening)$/i;

/**
 * "The minister, speaking later to students at a staff college, …": a speech or a dinner "later",
 * by someone of a day-dated event just told, is another happening of that day.
 */
export function laterThatDay(
  ctx: Ctx,
  s: Sentence,
  narration: string,
  triggers: TriggerHit[],
  actors: ActorMention[],
): boolean {
  const word = LATER.exec(narration);
  if (!word || isFutureTense(narration)) return false;
  if (!toldOccasion(triggers, (f) => OWN_OCCASIONS.has(f))) return false;
  // "Both chiefs later met the press": with no one named, the people of the day's event told
  // just before did it.
  const day = actors.length
    ? latestRecent(ctx, s, 8, (e) => e.date.precision === "day" && sharedActors(e, actors) > 0)
    : latestRecent(ctx, s, UNNAMED_REACH, (e) => e.date.precision === "day" && !e.date.end);
  if (!day) return false;
  const at = s.start + word.index;
  const t = sameDay(day.date.end ?? day.date.value, at, word[0]);
  // Told as an occasion of its own, it stays apart from the day's other happening.
  newEvent(ctx, s, t, actors.length ? actors : day.actors, triggers, undefined).apart = true;
  return true;
}

/** "also" or "separately" as an adverb of the sentence's act ("X also held talks with …"). */
const ALSO = /\b(?:also|separately)\b/i;

/**
 * "held two more meetings with A, B and C", "had meetings in the capital with …": meetings,
 * in the plural, with a list of counterparts are one meeting with each.
 */
const MEETINGS_WITH =
  /\b(?:held|had|holds|has)\s+(?:[\w-]+\s+){0,2}?meetings\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*)*\s+)?with\b/u;

/**
 * "X met Xi on Saturday. X also held talks with Li and Wang.", "… X held meetings with Li and
 * Wang.": the same traveller meeting other counterparts is another meeting of that day
 * (ANNOTATION.md: different counterparts, different occasions), not more of the first one.
 */
export function alsoMetOthers(
  ctx: Ctx,
  s: Sentence,
  narration: string,
  triggers: TriggerHit[],
  actors: ActorMention[],
): boolean {
  const each = MEETINGS_WITH.test(narration);
  if (!(ALSO.test(narration) || each) || isFutureTense(narration)) return false;
  const meeting = triggers.some(
    (h) => !h.reference && !h.inQuote && h.rank >= 6 && familyOf(h) === "meeting",
  );
  // The event told of just before: the sentence before's own, else the last one of the two
  // sentences before ("X met Y today. X noted that … X also met Z.").
  const prev = ctx.primary.get(s.index - 1) ?? latestRecent(ctx, s, 2);
  const [subject, ...others] = actors;
  if (!meeting || !prev || prev.date.precision !== "day" || !subject) return false;
  const known = (a: ActorMention) => prev.actors.some((x) => x.key === a.key);
  if (!known(subject) || !others.length || others.some(known)) return false;
  // "also met the admiral at the Pentagon", where the meeting was: more of the same meeting.
  const place = (name?: string) => name?.replace(/^the\s+/i, "").toLowerCase();
  const here = place(findLocation(narration)?.name);
  if (here && here === place(prev.location?.name)) return false;
  const t = sameDay(prev.date.value, s.start, prev.date.text, s.start);
  // "met separately with Premier Li and State Councilor Yang", "held meetings with Li and Yang":
  // one meeting with each.
  const counterparts = SEPARATELY.test(narration) || each ? others.map((o) => [o]) : [others];
  for (const met of counterparts) newEvent(ctx, s, t, [subject, ...met], triggers, undefined);
  return true;
}

/**
 * "X met Xi on Wednesday. X also spoke to cadets at the academy.": the same person's speech or
 * dinner at a place of its own, told with "also" after a day's event of another kind, is another
 * happening of that day (ANNOTATION.md: a speech and a meeting are separate occasions).
 */
export function alsoOwnOccasion(
  ctx: Ctx,
  s: Sentence,
  narration: string,
  triggers: TriggerHit[],
  actors: ActorMention[],
): boolean {
  if (!ALSO.test(narration) || isFutureTense(narration)) return false;
  const occasion = triggers.find(
    (h) => !h.reference && !h.inQuote && OWN_OCCASIONS.has(familyOf(h) ?? ""),
  );
  const [subject] = actors;
  if (!occasion || !subject) return false;
  // The subject's day told in the two sentences before ("Xi, who visited in February, told
  // Panetta …" between them dates only its aside).
  const prev = latestRecent(
    ctx,
    s,
    2,
    (e) => e.date.precision === "day" && !e.date.end && e.actors.some((x) => x.key === subject.key),
  );
  if (!prev || prev.head === familyOf(occasion)) return false;
  // "… at the academy": a place of the occasion's own (per-act.ts AT_A_PLACE).
  if (!AT_A_PLACE.test(narration.slice(occasion.start - s.start))) return false;
  const t = sameDay(prev.date.value, s.start, prev.date.text, s.start);
  newEvent(ctx, s, t, actors, triggers, undefined);
  return true;
}

/** "met separately with A and B": a meeting with each, not one with both. */
const SEPARATELY = /\bseparately\b/i;
