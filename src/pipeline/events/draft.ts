import type { ArticleWork, EventDraft } from "../types.ts";
import { acronymDefinitions } from "./acronyms.ts";
import { eventActors } from "./actors.ts";
import { sinceAnchor } from "./clauses.ts";
import { otherTimeDates } from "./clause-dates.ts";
import { findTriggers } from "./triggers.ts";
import type { Ctx } from "./draft/context.ts";
import { handleDated } from "./draft/dated.ts";
import { handleUndated } from "./draft/undated.ts";
import { handleQuoteDated } from "./draft/quote-dated.ts";
import { handleOtherTimes } from "./draft/other-times.ts";
import { dateLeadByLaterTelling, settlePending } from "./draft/lead-dating.ts";
import { joinActless } from "./draft/actless.ts";

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
  for (const s of work.sentences) {
    if (s.kind === "dateline") continue;
    settlePending(ctx, s);
    const triggers = findTriggers(s, work.quotes);
    const actors = eventActors(s, work, triggers);
    const narrated = s.times.filter(
      (t) => (!t.inQuote || t.basis === "explicit") && !sinceAnchor(s, t, triggers),
    );
    const quoted = s.times.filter((t) => t.inQuote && t.basis !== "explicit");
    const others = otherTimeDates(s, narrated, triggers, work.quotes);
    if (others.length) handleOtherTimes(ctx, s, narrated, others, triggers, actors);
    else if (narrated.length) handleDated(ctx, s, narrated, triggers, actors);
    else if (quoted.length) handleQuoteDated(ctx, s, quoted, triggers, actors);
    else handleUndated(ctx, s, triggers, actors);
  }
  settlePending(ctx);
  dateLeadByLaterTelling(ctx);
  joinActless(ctx);
  return { events: ctx.events, skipped: ctx.skipped };
}
