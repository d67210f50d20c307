import { TRIGGERS, type Trigger } from "../lexicon/triggers.ts";
import { remembered } from "../util/remembered.ts";

/**
 * A first test of a sentence against every trigger at once: a trigger whose words (the lexicon's
 * `needs`) the sentence does not hold cannot match in it, so its pattern is not searched. Most
 * sentences hold the words of a few triggers only, and searching some forty patterns in each was
 * most of the events stage's time. A trigger with a pattern form that lists no words it needs is
 * searched in every sentence.
 */

/**
 * Whether a character belongs to a word as `\b` sees one: without the `u` flag `\w` is exactly
 * the ASCII letters, digits and underscore, so the scan below finds the words `/\w+/g` would.
 */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/** How many spellings' triggers are kept (a few articles' worth of distinct words). */
const KNOWN_WORDS = 50_000;

/**
 * The first test for a list of triggers: for a text, whether each trigger (in the list's order)
 * may match in it (1) or cannot (0).
 */
export function wordTest(triggers: readonly Trigger[]): (text: string) => Uint8Array {
  /** Trigger indexes by a word every match of theirs may hold. */
  const byWord = new Map<string, number[]>();
  /** Word starts ("inaugurat") and the trigger each belongs to. */
  const byStart: { start: string; trigger: number }[] = [];
  /** Triggers whose words the lexicon cannot read. */
  const always: number[] = [];
  triggers.forEach((t, i) => {
    if (!t.needs) {
      always.push(i);
      return;
    }
    for (const word of t.needs.words) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
    for (const start of t.needs.starts) byStart.push({ start, trigger: i });
  });
  /**
   * The triggers a word may mark, worked out once per spelling (the answer depends on the
   * spelling alone, and the same words recur in every article).
   */
  const triggersOf = remembered((spelled: string): readonly number[] => {
    const word = spelled.toLowerCase();
    const marked = [...(byWord.get(word) ?? [])];
    for (const { start, trigger } of byStart) if (word.startsWith(start)) marked.push(trigger);
    return marked;
  }, KNOWN_WORDS);
  return (text) => {
    const worth = new Uint8Array(triggers.length);
    for (const i of always) worth[i] = 1;
    // A scan by character codes: this runs on every sentence, and a match object per word cost
    // more than the rest of the test.
    let from = -1;
    for (let at = 0; at <= text.length; at++) {
      if (at < text.length && isWordCode(text.charCodeAt(at))) {
        if (from < 0) from = at;
      } else if (from >= 0) {
        for (const i of triggersOf(text.slice(from, at))) worth[i] = 1;
        from = -1;
      }
    }
    return worth;
  };
}

/** For each trigger of TRIGGERS, whether it may match in `text` (1) or cannot (0). */
export const triggersWorthSearching: (text: string) => Uint8Array = wordTest(TRIGGERS);
