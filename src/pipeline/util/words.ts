import { matchesOf } from "./matches.ts";

/** A run of non-space characters and where it starts in the text it was cut from. */
export interface Word {
  text: string;
  at: number;
}

const NON_SPACE_RUN = /\S+/g;

/**
 * The text's words as runs between spaces, each with its offset plus `base`: the offset of the
 * text inside a longer one, so a caller that cut a piece out of a sentence gets sentence offsets.
 * Punctuation stays on its word ("Beijing," is one word), which is what the callers test for.
 */
export function wordsOf(text: string, base = 0): Word[] {
  return matchesOf(text, NON_SPACE_RUN).map((m) => ({ text: m[0], at: base + m.index }));
}
