import type { EventDraft } from "../types.ts";

/**
 * Moves one draft's sentences, people and quotations into another's, when both tell one
 * happening (a statement made at an occasion, a speaker's words in their own speech).
 */
export function absorb(into: EventDraft, from: EventDraft): void {
  for (const idx of from.sentenceIdx)
    if (!into.sentenceIdx.includes(idx)) into.sentenceIdx.push(idx);
  for (const span of from.evidence)
    if (!into.evidence.some((x) => x.start === span.start)) into.evidence.push(span);
  into.evidence.sort((a, b) => a.start - b.start);
  for (const a of from.actors) if (!into.actors.some((x) => x.key === a.key)) into.actors.push(a);
  for (const q of from.quotes) if (!into.quotes.includes(q)) into.quotes.push(q);
}
