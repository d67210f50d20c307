import type { TimeMention } from "../types.ts";

/**
 * Walks a sentence's time mentions in order and lets `join` merge each one into the mention kept
 * before it, given the words between the two ("May 4 and 5", "January last year"). `join` returns
 * the merged mention, or undefined to keep the two apart. Both must be told in the same voice
 * (narration or quotation).
 */
export function joinAdjacent(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
  join: (prev: TimeMention, next: TimeMention, between: string) => TimeMention | undefined,
): TimeMention[] {
  const out: TimeMention[] = [];
  for (const t of times) {
    const prev = out.at(-1);
    const joined =
      prev && prev.inQuote === t.inQuote
        ? join(prev, t, sentence.slice(prev.end - sentenceStart, t.start - sentenceStart))
        : undefined;
    if (prev && joined) {
      const text = sentence.slice(prev.start - sentenceStart, t.end - sentenceStart);
      out[out.length - 1] = { ...joined, end: t.end, text };
    } else out.push(t);
  }
  return out;
}
