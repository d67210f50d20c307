import type { ActorMention, Sentence, TimeMention, TriggerHit } from "../../types.ts";
import { dayDiff } from "../../util/dates.ts";
import { attachSentence, narrationOf } from "../attach.ts";
import { eventNear } from "../refer.ts";
import { inWindow } from "./window.ts";
import type { Ctx } from "./context.ts";
import { newEvent } from "./new-event.ts";

export function handleQuoteDated(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  for (const t of dates) {
    const near = eventNear(ctx.events, t, actors);
    if (near) {
      attachSentence(near, s, actors, triggers, narrationOf(s, ctx.work.quotes));
      // "continuing the conversation … tomorrow": the occasion goes on into the next day.
      for (const later of dates) {
        const end = near.date.end ?? near.date.value;
        const nextDay = later.precision === "day" && dayDiff(end, later.value) === 1;
        if (later.future && nextDay && near.date.precision === "day")
          near.date = { ...near.date, end: later.value };
      }
      return;
    }
  }
  const strong = triggers.filter((h) => h.strong && !h.reference);
  const t = dates.find(inWindow);
  if (t && strong.length) {
    // The quotation that dates the event states it: its words name the act as narration would.
    const quote = ctx.work.quotes.find((q) => q.start <= t.start && t.start < q.end);
    const own = triggers.map((h) =>
      quote && quote.start <= h.start && h.start < quote.end ? { ...h, inQuote: false } : h,
    );
    newEvent(ctx, s, t, actors, own, undefined);
    return;
  }
  ctx.skipped++;
}
