import type { EventDraft } from "../types.ts";
import { dayDiff } from "../util/dates.ts";

/**
 * "Obama telephoned Hu on Sunday night. … In a statement issued early Monday, the White House said
 * the two leaders discussed …": an act dated only by the day the statement that told it was
 * issued (`toldOn`), naming no one of its own, is the act of that kind the article already told
 * on that day or the day before. Its sentence becomes that event's evidence; it is no happening of
 * its own.
 */

/** Making a statement: telling it again is a new statement. */
const STATEMENT_CAMEO = "010";

/** How many days a statement may be issued after the act it tells of. */
const TOLD_WITHIN_DAYS = 1;

/** Whether `later` retells `earlier`: same kind of act, told by its statement a day after at most. */
function retells(later: EventDraft, earlier: EventDraft): boolean {
  if (!later.toldOn || later.status !== "occurred") return false;
  if (later.actors.length && !later.borrowed) return false;
  if (earlier.toldOn || earlier.status !== "occurred" || earlier.date.precision !== "day")
    return false;
  if (later.date.precision !== "day" || later.type.cameo !== earlier.type.cameo) return false;
  // What a statement says is a statement of that day, not one already told.
  if (later.type.cameo === STATEMENT_CAMEO) return false;
  const gap = dayDiff(earlier.date.end ?? earlier.date.value, later.date.value);
  return gap >= 0 && gap <= TOLD_WITHIN_DAYS;
}

/** One article's drafts with each retold act folded into the event it retells. */
export function foldRetold(drafts: EventDraft[]): EventDraft[] {
  const kept: EventDraft[] = [];
  for (const d of drafts) {
    const told = kept.find((e) => retells(d, e));
    if (!told) {
      kept.push(d);
      continue;
    }
    for (const ev of d.evidence)
      if (!told.evidence.some((x) => x.start === ev.start)) told.evidence.push(ev);
    told.sentenceIdx.push(...d.sentenceIdx.filter((i) => !told.sentenceIdx.includes(i)));
    told.quotes.push(...d.quotes.filter((q) => !told.quotes.some((x) => x.start === q.start)));
  }
  return kept;
}
