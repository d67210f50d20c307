import { TRIGGERS, type Trigger } from "../lexicon/triggers.ts";

/**
 * A first test of a sentence against every trigger at once: a trigger whose words (the lexicon's
 * `needs`) the sentence does not hold cannot match in it, so its pattern is not searched. Most
 * sentences hold the words of a few triggers only, and searching some forty patterns in each was
 * most of the events stage's time. A trigger with a pattern form that lists no words it needs is
 * searched in every sentence.
 */

/** A word as `\b` sees one: a run of letters, digits and underscores. */
const WORD = /\w+/g;

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
  return (text) => {
    const worth = new Uint8Array(triggers.length);
    for (const i of always) worth[i] = 1;
    // A plain loop: this runs on every sentence, and an iterator per sentence cost a third of it.
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0].toLowerCase();
      const found = byWord.get(word);
      if (found) for (const i of found) worth[i] = 1;
      for (const { start, trigger } of byStart) if (word.startsWith(start)) worth[trigger] = 1;
    }
    return worth;
  };
}

/** For each trigger of TRIGGERS, whether it may match in `text` (1) or cannot (0). */
export const triggersWorthSearching: (text: string) => Uint8Array = wordTest(TRIGGERS);
