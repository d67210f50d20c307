import type { ActorMention, Sentence, TriggerHit } from "../../types.ts";
import { programmeParts } from "../programme.ts";
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
  const programme = programmeParts(s, narration, ctx.events, triggers, actors, published);
  if (!programme) return false;
  for (const part of programme.parts) {
    const e = newEvent(ctx, s, part.t, part.actors, part.triggers, undefined);
    if (part.family === "visit") e.destination = endless(part.object);
    else e.counterpart = endless(part.object);
  }
  return true;
}
