import type { Sentence, TimeMention, TriggerHit } from "../../types.ts";
import { eventActors } from "../actors.ts";
import { isFutureTense } from "../../time/tense.ts";
import { attachSentence, familyOf, narrationOf } from "../attach.ts";
import { sameDay } from "../same-day.ts";
import { actAtTheSameMoment, laterTellingOfLead } from "../lead.ts";
import { findTriggers } from "../triggers.ts";
import { tellsNoAct } from "../tells-no-act.ts";
import { inWindow } from "./window.ts";
import { type Ctx, LEAD_ACT_RANK } from "./context.ts";
import { newEvent } from "./new-event.ts";

/** The pending lead, unless still `current`'s to date, goes to the event it was near. */
export function settlePending(ctx: Ctx, current?: Sentence): void {
  const lead = ctx.pending;
  if (!lead || (current && lead.s.index >= current.index - 1)) return;
  if (lead.nearby) {
    const narration = narrationOf(lead.s, ctx.work.quotes);
    attachSentence(lead.nearby, lead.s, [], lead.triggers, narration);
  }
  delete ctx.pending;
}

/**
 * "China has suspended military exchanges … / The Defense Ministry said early Saturday that …":
 * a news lead often states the act undated and the next sentence dates the announcement of it.
 * When a dated sentence only reports speech and the sentence before holds an undated act that
 * joined no event, the date is the act's: the lead becomes the event, the statement its evidence.
 */
export function dateLead(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  usable: TriggerHit[],
): boolean {
  const lead = ctx.pending;
  if (!lead || lead.s.index !== s.index - 1 || lead.s.paragraph < s.paragraph - 1) return false;
  if (usable.some((h) => h.rank >= LEAD_ACT_RANK - 1 || h.strong)) return false;
  const t = dates.find((d) => d.precision !== "year" && !d.future && inWindow(d));
  if (!t) return false;
  const e = newEvent(ctx, lead.s, t, lead.actors, lead.triggers, undefined);
  attachSentence(e, s, [], [], narrationOf(s, ctx.work.quotes));
  delete ctx.pending;
  return true;
}

/**
 * A lead with no date that no event took: when the article dates its occasion further down (a
 * later sentence or a photo caption tells the same meeting with its day), the lead is evidence of
 * that occasion, and an act it sets at the same moment ("X tested a jet as Y met Z") happened
 * that day too.
 */
export function dateLeadByLaterTelling(ctx: Ctx): void {
  const lead = ctx.work.sentences.find((s) => s.kind !== "dateline");
  if (!lead || lead.times.length || tellsNoAct(lead)) return;
  if (ctx.events.some((e) => e.sentenceIdx.includes(lead.index))) return;
  const narration = narrationOf(lead, ctx.work.quotes);
  if (isFutureTense(narration)) return;
  const triggers = findTriggers(lead, ctx.work.quotes).filter((h) => !h.reference && !h.inQuote);
  const actors = eventActors(lead, ctx.work, triggers);
  const occasion = laterTellingOfLead(lead, triggers, actors, ctx.events);
  if (!occasion) return;
  const people = actors.filter((a) => occasion.actors.some((x) => x.key === a.key));
  const act = actAtTheSameMoment(lead, triggers, people, occasion.head);
  const theirs = act ? actors.filter((a) => a.start >= act.span.end) : actors;
  const itsWords = triggers.filter((h) => familyOf(h) === occasion.head);
  attachSentence(occasion, lead, theirs, itsWords, narration);
  if (!act) return;
  const t = sameDay(occasion.date.value, lead.start, occasion.date.text, lead.start);
  const own = actors.filter((a) => a.end <= act.span.end);
  newEvent(ctx, lead, t, own, act.triggers, undefined, act.span);
}
