import type { Trigger } from "../../lexicon/event-types.ts";
import type { ActorMention, EventDraft, Sentence, TriggerHit } from "../../types.ts";
import { anchoredDay } from "../../time/anchored-day.ts";
import type { Ctx } from "./context.ts";
import { newEvent } from "./new-event.ts";

/**
 * The occasion a whole page is (one person's briefing, one person's speech), which no sentence
 * names: an event of `day` by `person`, of `trigger`'s kind, told by sentence `s`. Its date and
 * trigger are anchored, empty, at the sentence's start.
 */
export function pageOccasion(
  ctx: Ctx,
  s: Sentence,
  person: Pick<ActorMention, "actor" | "key">,
  day: string,
  trigger: Trigger,
): EventDraft {
  const at = s.start;
  const actor: ActorMention = { ...person, start: at, end: at };
  const t = anchoredDay(day, at);
  const hit: TriggerHit = {
    cameo: trigger.cameo,
    label: trigger.label,
    rank: trigger.rank,
    noun: trigger.noun,
    text: "",
    start: at,
    reference: false,
    inQuote: false,
  };
  return newEvent(ctx, s, t, [actor], [hit], undefined);
}
