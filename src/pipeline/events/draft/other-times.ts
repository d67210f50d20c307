import type { ActorMention, Sentence, TimeMention, TriggerHit } from "../../types.ts";
import { type ClauseDate, clauseActors, inClause } from "../clause-dates.ts";
import { inWindow } from "./window.ts";
import type { Ctx } from "./context.ts";
import { newEvent } from "./new-event.ts";
import { handleDated } from "./dated.ts";
import { handleUndated } from "./undated.ts";
import { findOccasion } from "../occasion.ts";
import { bestTrigger } from "../triggers.ts";

/** The lowest rank of a trigger that names an occasion (not "said"). */
const OCCASION_RANK = 4;

/** The occasion a clause's own act names ("before the Strategic and Economic Dialogue next month"). */
function clauseOccasion(s: Sentence, c: ClauseDate): string | undefined {
  const best = bestTrigger(c.triggers.filter((h) => h.rank >= OCCASION_RANK));
  return best ? findOccasion(s.text, best.start - s.start, best.text) : undefined;
}

/**
 * A sentence with dates in clauses of another time (events/clause-dates.ts): the main clause's act
 * takes the other dates or none, and each clause with an act of its own is its own event.
 */
export function handleOtherTimes(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  clauses: ClauseDate[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  const rest = dates.filter((t) => !clauses.some((c) => c.t === t));
  const own = triggers.filter((h) => !inClause(clauses, h.start));
  const people = actors.filter((a) => !inClause(clauses, a.start));
  if (rest.length) handleDated(ctx, s, rest, own, people);
  else handleUndated(ctx, s, own, people);
  for (const c of clauses.filter((x) => x.triggers.length && inWindow(x.t)))
    newEvent(ctx, s, c.t, clauseActors(c, actors), c.triggers, clauseOccasion(s, c), c.span);
}
