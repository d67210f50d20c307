import { REMARKS_MADE } from "../lexicon/speech.ts";
import type { EventDraft } from "../types.ts";
import type { Ctx } from "./draft/context.ts";
import { absorb } from "./absorb.ts";
import { bestTrigger } from "./triggers.ts";

/** Statements, news conferences and speeches (CAMEO 010). */
const STATEMENT_CAMEO = "010";

const sameDate = (a: EventDraft, b: EventDraft) =>
  a.date.value === b.date.value &&
  a.date.precision === b.date.precision &&
  a.date.end === b.date.end &&
  a.status === b.status;

/**
 * "X said here Friday that … / X made the remarks as he opened the talks on Friday": the
 * statement told in the sentence before is what was said at the occasion this sentence tells, one
 * happening (ANNOTATION.md), so its event of the same date joins the occasion's.
 */
export function foldRemarksIntoOccasion(ctx: Ctx): void {
  for (const s of ctx.work.sentences) {
    if (!REMARKS_MADE.test(s.text)) continue;
    const occasion = ctx.events.find((e) => e.sentenceIdx.includes(s.index));
    const statement = ctx.events.find(
      (e) =>
        e !== occasion && e.sentenceIdx.includes(s.index - 1) && !e.sentenceIdx.includes(s.index),
    );
    // Drafts are typed later (events/type.ts): a statement is one whose best act is one.
    const act = statement && bestTrigger(statement.triggers.filter((h) => !h.reference));
    if (!occasion || !statement || act?.cameo !== STATEMENT_CAMEO) continue;
    if (!sameDate(occasion, statement)) continue;
    absorb(occasion, statement);
    ctx.events.splice(ctx.events.indexOf(statement), 1);
  }
}
