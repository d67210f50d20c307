import type { Sentence, TimeMention, TriggerHit } from "../types.ts";
import { isAnnouncing } from "./clauses.ts";
import { inWindow } from "./draft/window.ts";

/**
 * "On Monday the minister announced that the army would host foreign officers at a 2015 drill": the
 * plan lies beyond the dataset's window, so it is no event here; what the sentence reports inside
 * the window is the announcing of it, dated by the sentence's own past day. Only an announcement
 * (a statement of its own, not "said") keeps the telling's day so.
 */
export function announcingDay(
  s: Sentence,
  chosen: TimeMention,
  dates: TimeMention[],
  usable: TriggerHit[],
): TimeMention | undefined {
  if (!chosen.future || inWindow(chosen)) return undefined;
  const announcing = usable.find(isAnnouncing);
  if (!announcing || announcing.start > chosen.start) return undefined;
  const told = dates.filter((d) => !d.future && d.start < chosen.start && inWindow(d));
  return told.reduce<TimeMention | undefined>(
    (a, d) =>
      !a || Math.abs(d.start - announcing.start) < Math.abs(a.start - announcing.start) ? d : a,
    undefined,
  );
}
