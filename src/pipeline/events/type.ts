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
  const best = bestTrigger(triggers.filter((t) => !t.reference));
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
