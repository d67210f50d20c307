import { ENCOUNTER_FAMILIES } from "../lexicon/occasions.ts";
import { isFutureTense } from "../time/tense.ts";
import type { ActorMention, EventDraft, TimeMention, TriggerHit } from "../types.ts";
import { familyOf } from "./attach.ts";

/** The occasion family of an agreement (occasions.json). */
const AGREEMENT_FAMILY = "agreement";

/**
 * A past day an undated sentence takes from an event told before it: the words that say so
 * ("later", at `start`), or the event's own date words and an empty span when none do.
 */
export function sameDay(
  value: string,
  start: number,
  text: string,
  end = start + text.length,
): TimeMention {
  return {
    start,
    end,
    text,
    value,
    precision: "day",
    basis: "previous-date",
    inQuote: false,
    future: false,
  };
}

/**
 * "X announced on Saturday … / Y told X in their meeting that …": an undated meeting of the day's
 * actor with someone the day's event does not name, told while the narration is on a day whose
 * own act was a statement or an announcement, is a meeting of that day: another occasion with
 * another counterpart (ANNOTATION.md), not more of the statement. A day told as a visit or a
 * meeting holds its talks ("on his visit, X said Monday … / X met Y"): one happening.
 */
export function meetingBesideDayEvent(
  day: EventDraft,
  narration: string,
  triggers: readonly TriggerHit[],
  actors: readonly ActorMention[],
): boolean {
  // An agreement of the day is reached at its meeting ("agreed on Monday to set up a hotline / X,
  // who held talks with Y, …"): the meeting is where it was made, not another occasion.
  if (day.date.precision !== "day" || day.date.end || ENCOUNTER_FAMILIES.has(day.head ?? ""))
    return false;
  if (day.head === AGREEMENT_FAMILY) return false;
  if (isFutureTense(narration)) return false;
  const meeting = triggers.some(
    (h) => !h.reference && !h.inQuote && h.rank >= 6 && familyOf(h) === "meeting",
  );
  if (!meeting) return false;
  const known = actors.filter((a) => day.actors.some((x) => x.key === a.key));
  return known.length > 0 && known.length < actors.length;
}
