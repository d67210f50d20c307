import type { ActorMention, EventDraft, Sentence, TriggerHit } from "../../types.ts";
import { programmeParts, type ProgrammePart } from "../programme.ts";
import { attachSentence, familyOf } from "../attach.ts";
import { itineraryStops } from "../itinerary.ts";
import { endless } from "../title.ts";
import type { Ctx } from "./context.ts";
import { newEvent } from "./new-event.ts";

/** Adds the parts of a visit programme the sentence tells of (events/programme.ts), if any. */
export function addProgrammeParts(
  ctx: Ctx,
  s: Sentence,
  narration: string,
  triggers: TriggerHit[],
  actors: ActorMention[],
): boolean {
  const published = ctx.work.published?.estimated ? undefined : ctx.work.published?.value;
  const byVerbs = programmeParts(s, narration, ctx.events, triggers, actors, published);
  const programme = byVerbs ?? {
    trip: undefined,
    parts: itineraryStops(s, narration, ctx.events, actors),
  };
  if (!programme.parts.length) return false;
  for (const part of programme.parts) {
    const told = toldAlready(ctx.events, part, programme.trip);
    if (told) {
      attachSentence(told, s, part.actors, part.triggers, narration);
      continue;
    }
    const e = newEvent(ctx, s, part.t, part.actors, part.triggers, undefined);
    if (!byVerbs) e.itineraryStop = true;
    if (part.family === "visit") e.destination = endless(part.object);
    else e.counterpart = endless(part.object);
  }
  return true;
}

/**
 * "Wu and Doe agreed on Monday to … / Wu, who landed last week, had talks with Doe": a meeting of
 * the trip the article has already dated, with the same people, in the trip's month, is the one
 * the part tells of again, not another.
 */
function toldAlready(
  events: EventDraft[],
  part: ProgrammePart,
  trip: EventDraft | undefined,
): EventDraft | undefined {
  if (part.family !== "meeting" || part.actors.length < 2) return undefined;
  return events.find(
    (e) =>
      e !== trip &&
      e.date.precision === "day" &&
      e.date.value.startsWith(part.t.value) &&
      e.status === (part.t.future ? "planned" : "occurred") &&
      part.actors.every((a) => e.actors.some((x) => x.key === a.key)) &&
      !e.triggers.some((t) => familyOf(t) === "visit"),
  );
}
