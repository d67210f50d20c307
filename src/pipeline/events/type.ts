import type { ActorMention, EventDraft, TriggerHit } from "../types.ts";
import { bestTrigger } from "./triggers.ts";

/**
 * The CAMEO type of an event from its triggers. A visit at a place in one side's country, with
 * an official of that country present, is reported from the host's side: 043 "Host a visit".
 */
export function eventType(
  triggers: TriggerHit[],
  actors: ActorMention[],
  location?: { country?: string },
): { cameo: string; label: string } {
  // The event's own sentence says what happened when it names an occasion or a document: a
  // sentence joined later ("the report also discussed …", "Xi's visit drew interest") adds
  // evidence, not another kind of act. An act that is no occasion ("agreed today …") takes the
  // occasion a later sentence names ("the two leaders met …").
  // A speaker's words ("'We have agreed,' X told reporters") name the event only when the
  // narrator's do not.
  const referring = triggers.filter((t) => !t.reference);
  const narrated = referring.filter((t) => !t.inQuote);
  const usable = narrated.length ? narrated : referring;
  const ownBest = bestTrigger(usable.filter((t) => t.own));
  const settled = ownBest && (ownBest.strong || ownBest.noun === "report");
  const best = settled ? ownBest : bestTrigger(usable);
  if (!best) return { cameo: "010", label: "Make statement" };
  if (best.cameo === "042" && location?.country) {
    const home = actors.some((a) => a.actor.country === location.country);
    const guest = actors.some((a) => a.actor.country && a.actor.country !== location.country);
    if (home && guest) return { cameo: "043", label: "Host a visit" };
  }
  return { cameo: best.cameo, label: best.label };
}

/** Sets each draft's type from its own triggers. */
export function typeDrafts(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((d) => ({ ...d, type: eventType(d.triggers, d.actors, d.location) }));
}
