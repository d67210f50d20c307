import type { ArticleWork, EventDraft, Sentence, TimeMention, TriggerHit } from "../types.ts";
import { semicolonClauses, wholeSentenceEvidence } from "./semicolon-clauses.ts";
import { acronymDefinitions } from "./acronyms.ts";
import { eventActors } from "./actors.ts";
import { sinceAnchor, sinceWhenActs } from "./clauses.ts";
import { otherTimeDates } from "./clause-dates.ts";
import { findTriggers } from "./triggers.ts";
import { tellsNoAct } from "./tells-no-act.ts";
import type { Ctx } from "./draft/context.ts";
import { handleDated } from "./draft/dated.ts";
import { handleUndated } from "./draft/undated.ts";
import { handleQuoteDated } from "./draft/quote-dated.ts";
import { handleOtherTimes } from "./draft/other-times.ts";
import { dateLeadByLaterTelling, settlePending } from "./draft/lead-dating.ts";
import { joinActless } from "./draft/actless.ts";
import { newEvent } from "./draft/new-event.ts";
import { inWindow } from "./draft/window.ts";
import { sinceFirst } from "./since-first.ts";
import { briefingEvent } from "./briefing.ts";
import { speechPageEvent } from "./speech-page.ts";
import { foldRemarksIntoOccasion } from "./remarks-made.ts";

export { WINDOW } from "./draft/window.ts";

/**
 * Drafts the events of one article, sentence by sentence in reading order:
 * a dated sentence with a trigger opens an event (one per named occasion); a sentence dated only
 * inside a quotation joins the event of that day; an undated sentence that refers back ("the
 * meeting"), continues the previous one, or names an occasion with the same people joins it.
 */
export function draftEvents(work: ArticleWork): { events: EventDraft[]; skipped: number } {
  const ctx: Ctx = {
    work,
    events: [],
    skipped: 0,
    primary: new Map(),
    acronyms: acronymDefinitions(work.text),
    actless: [],
  };
  const split: Sentence[] = [];
  for (const s of work.sentences) {
    if (s.kind === "dateline") continue;
    settlePending(ctx, s);
    const triggers = tellsNoAct(s) ? [] : findTriggers(s, work.quotes);
    const parts = semicolonClauses(s, () => narratedTimes(s, triggers), triggers);
    if (parts) split.push(s);
    for (const part of parts ?? [s]) draftSentence(ctx, part, part === s ? triggers : undefined);
  }
  settlePending(ctx);
  dateLeadByLaterTelling(ctx);
  briefingEvent(ctx);
  speechPageEvent(ctx);
  joinActless(ctx);
  foldRemarksIntoOccasion(ctx);
  wholeSentenceEvidence(ctx.events, split);
  return { events: ctx.events, skipped: ctx.skipped };
}

/** The dates a sentence narrates: outside quotations (or explicit there), not a "since" anchor. */
function narratedTimes(s: Sentence, triggers: TriggerHit[], except?: TimeMention): TimeMention[] {
  return s.times.filter(
    (t) => (!t.inQuote || t.basis === "explicit") && !sinceAnchor(s, t, triggers) && t !== except,
  );
}

/** Drafts what one sentence (or one part of a sentence read in parts) tells. */
function draftSentence(ctx: Ctx, s: Sentence, found?: TriggerHit[]): void {
  const { work } = ctx;
  const triggers = found ?? (tellsNoAct(s) ? [] : findTriggers(s, work.quotes));
  let actors = eventActors(s, work, triggers);
  // "the first … to visit China since Robert Gates in January 2011": Gates's visit is its own.
  // (Every person the sentence names: the one after "since" is often an earlier occasion's
  // owner, "since Liang's visit in May", whom the sentence's own actors leave out.)
  const since = sinceFirst(s, s.times, triggers, s.actors);
  if (since && inWindow(since.t)) {
    newEvent(ctx, s, since.t, since.actors, [since.trigger], undefined, since.span);
    actors = actors.filter((a) => !since.actors.includes(a));
  }
  const narrated = narratedTimes(s, triggers, since?.t);
  const quoted = s.times.filter((t) => t.inQuote && t.basis !== "explicit");
  const others = otherTimeDates(s, narrated, triggers, work.quotes);
  if (others.length) handleOtherTimes(ctx, s, narrated, others, triggers, actors);
  else if (narrated.length)
    handleDated(ctx, s, narrated, sinceWhenActs(s, narrated, triggers), actors);
  else if (quoted.length) handleQuoteDated(ctx, s, quoted, triggers, actors);
  else handleUndated(ctx, s, triggers, actors);
}
