import type { ActorMention, QuoteSpan, Sentence } from "../types.ts";

/** A mention that reads as a clause subject: followed by a verb, not possessive, not an object. */
function isSubjectLike(text: string, m: ActorMention, sentenceStart: number): boolean {
  const after = text.slice(m.end - sentenceStart, m.end - sentenceStart + 20);
  const before = text.slice(Math.max(0, m.start - sentenceStart - 12), m.start - sentenceStart);
  if (/^['’]s\b/.test(after)) return false;
  if (/\b(with|to|by|between|and|of|for|from|about|against)\s+$/i.test(before)) return false;
  return /^,?\s+(?:also\s+|then\s+|later\s+)?[a-z]/.test(after);
}

/**
 * Resolves "he"/"she" as a quotation's speaker: the speaker of a quotation just before,
 * else the subject of the nearest earlier sentence, skipping people the quotation itself names
 * (a speaker does not call himself "Secretary Panetta").
 */
export function resolvePronounSpeaker(
  sentences: Sentence[],
  at: number,
  quote: QuoteSpan,
  quotes: QuoteSpan[],
): ActorMention["actor"] | undefined {
  const inside = new Set(
    (sentences[at]?.actors ?? [])
      .filter((m) => m.start >= quote.start && m.end <= quote.end)
      .map((m) => m.actor.name),
  );
  for (let i = at; i >= Math.max(0, at - 3); i--) {
    const s = sentences[i];
    if (!s) continue;
    if (i < at) {
      const prior = s.quoteIds.map((q) => quotes[q]).find((q) => q?.speaker && q !== quote);
      if (prior?.speaker) return { name: prior.speaker };
    }
    const outside = s.actors.filter(
      (m) => !quotes.some((q) => q.start <= m.start && m.end <= q.end) && !inside.has(m.actor.name),
    );
    const subject = outside.find((m) => isSubjectLike(s.text, m, s.start));
    if (subject && (i < at || subject.end < quote.start)) return subject.actor;
  }
  return undefined;
}

/**
 * "He will meet Hu on Wednesday": a sentence that opens with a pronoun continues the subject of
 * the sentence before (the first person named there as a clause subject, outside quotations).
 */
export function pronounSubject(
  sentences: Sentence[],
  at: number,
  quotes: QuoteSpan[],
): ActorMention | undefined {
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    const s = sentences[i];
    if (!s) continue;
    const outside = s.actors.filter(
      (m) => !quotes.some((q) => q.start <= m.start && m.end <= q.end),
    );
    const subject = outside.find((m) => isSubjectLike(s.text, m, s.start));
    if (subject) return subject;
  }
  return undefined;
}
