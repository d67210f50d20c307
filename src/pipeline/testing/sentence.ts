import type { ActorMention, Sentence, TimeMention } from "../types.ts";

/** One body sentence standing alone at offset 0 (for tests of sentence-level rules). */
export function sentenceOf(text: string, actors: ActorMention[] = []): Sentence {
  return {
    text,
    start: 0,
    end: text.length,
    index: 0,
    paragraph: 0,
    kind: "body",
    times: [],
    actors,
    quoteIds: [],
  };
}

/**
 * A resolved date of a sentence standing alone: `words` where they first stand in `text`, their
 * value and its precision as the value's form shows ("2012-05" a month, "2012-05-03" a day).
 */
export function timeOf(
  text: string,
  words: string,
  value: string,
  basis: TimeMention["basis"] = "explicit",
): TimeMention {
  const start = Math.max(0, text.indexOf(words));
  return {
    start,
    end: start + words.length,
    text: words,
    value,
    precision: value.length === 10 ? "day" : value.length === 7 ? "month" : "year",
    basis,
    inQuote: false,
    future: false,
  };
}
