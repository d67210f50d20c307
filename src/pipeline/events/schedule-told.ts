import type { Group } from "./groups.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { reportedClause } from "./clauses.ts";
import { ACT_RANK, ANNOUNCE_RANK } from "./ranks.ts";

/** A reported clause whose subject may be the speaker: "that he will host …", "that we …". */
const SPEAKER_PRONOUN = /^\s*(?:he|she|we|i)\b/i;

/** A trigger of the sentence's own telling or acts (not a referred occasion, not quoted). */
const told = (h: TriggerHit) => !h.reference && !h.inQuote;

/**
 * "The spokesman told reporters on Monday that the frigate would arrive on Tuesday": a telling
 * (no trigger above an announcement) that only gives a schedule, an act still to come dated in the
 * clause it reports, is no event of its own (ANNOTATION.md: routine briefings that only announce a
 * schedule; the scheduled events are listed instead). A telling that does more, reports a plan
 * with no date of its own, or tells the speaker's own plan ("that he will host …"), stays.
 */
export function schedulesOnly(s: Sentence, g: Group, groups: readonly Group[]): boolean {
  const own = g.triggers.filter(told);
  if (!own.length || own.some((h) => h.rank > ANNOUNCE_RANK)) return false;
  return groups.some((x) => {
    if (x === g || !x.t.future) return false;
    const opens = reportedClause(s, x.t);
    if (opens === undefined || g.t.start >= opens || own.some((h) => h.start >= opens))
      return false;
    // "told reporters that he will host …": a speaker's own plan, told by them, is news of its day.
    if (SPEAKER_PRONOUN.test(s.text.slice(opens - s.start))) return false;
    return x.triggers.some((h) => told(h) && h.start >= opens && h.rank >= ACT_RANK);
  });
}
