import { TRIGGERS } from "../lexicon/triggers.ts";

/**
 * A first test of a sentence against every trigger at once: a trigger whose words (the lexicon's
 * `needs`) the sentence does not hold cannot match in it, so its pattern is not searched. Most
 * sentences hold the words of a few triggers only, and searching some forty patterns in each was
 * most of the events stage's time. Triggers with a pattern among their forms are always searched.
 */

/** Trigger indexes (in TRIGGERS order) by a word every match of theirs may start with. */
const BY_WORD = new Map<string, number[]>();
/** Word starts ("inaugurat") and the trigger each belongs to. */
const BY_START: { start: string; trigger: number }[] = [];
/** Triggers whose words the lexicon cannot read: searched in every sentence. */
const ALWAYS: number[] = [];

TRIGGERS.forEach((t, i) => {
  if (!t.needs) {
    ALWAYS.push(i);
    return;
  }
  for (const word of t.needs.words) {
    const list = BY_WORD.get(word);
    if (list) list.push(i);
    else BY_WORD.set(word, [i]);
  }
  for (const start of t.needs.starts) BY_START.push({ start, trigger: i });
});

/** A word as `\b` sees one: a run of letters, digits and underscores. */
const WORD = /\w+/g;

/** For each trigger of TRIGGERS, whether it may match in `text` (1) or cannot (0). */
export function triggersWorthSearching(text: string): Uint8Array {
  const worth = new Uint8Array(TRIGGERS.length);
  for (const i of ALWAYS) worth[i] = 1;
  // A plain loop: this runs on every sentence, and an iterator per sentence cost a third of it.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    const triggers = BY_WORD.get(word);
    if (triggers) for (const i of triggers) worth[i] = 1;
    for (const { start, trigger } of BY_START) if (word.startsWith(start)) worth[trigger] = 1;
  }
  return worth;
}
