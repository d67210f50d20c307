import type { ActorMention, Sentence } from "../types.ts";

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
