import { restoreCapitals } from "./captions.ts";

/*
 * Radio scripts, wire terminals and teletype pages set their prose in capitals ("THE MINISTER
 * REACHED TOKYO AT NOON FOR TWO DAYS OF TALKS …"). Read as it is, every word looks like a name, so
 * no sentence has a subject or a verb that the pipeline knows. A run of such lines is put in lower
 * case; each sentence's first letter, and the lexicon's names, places, months, weekdays and titles
 * get their capitals back, as caption turns do (captions.ts). Short lines in capitals (a headline,
 * a slug, a label) are left as they are.
 */

/** Letters a line needs to count as prose, and the share of them in capitals at least. */
const MIN_LETTERS = 25;
const MIN_CAPITALS = 0.9;

/** Lines in a row a run needs: one long line in capitals may be a headline. */
const MIN_RUN = 3;

/** Whether a line is set in capitals, and has at least so many letters. */
export function isCapitalsLine(line: string, minLetters = MIN_LETTERS): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  if (letters.length < Math.max(1, minLetters)) return false;
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  return capitals / letters.length >= MIN_CAPITALS;
}

/** A line that ends a sentence or a label: what follows it starts anew. */
const ENDS = /[.!?:]["'”’)]?\s*$/;

/**
 * A sentence's first letter: at the run's start, after a stop, or after a terminal headline's
 * clock and star ("11:04 *CHINA SAYS …"). Not at a line's start, which a hard wrap may have put
 * mid-sentence.
 */
const SENTENCE_START = /(^\s*\*?|[.!?]["'”’)]?\s+|\d{1,2}:\d{2}\s+\*?)(\p{Ll})/gu;

/** The run's lines in lower case, with the capitals of sentences and known names given back. */
function recased(run: readonly string[]): string[] {
  const text = restoreCapitals(run.join("\n").toLowerCase()).replace(
    SENTENCE_START,
    (_m, before: string, letter: string) => before + letter.toUpperCase(),
  );
  return text.split("\n");
}

/** The lines with every run of at least MIN_RUN prose lines in capitals recased. */
export function recaseCapitalRuns(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && isCapitalsLine(lines[j] ?? "")) j++;
    if (j - i >= MIN_RUN) {
      // A paragraph's last line is often short: it goes on a sentence the run left open.
      while (
        j < lines.length &&
        !ENDS.test(lines[j - 1] ?? "") &&
        isCapitalsLine(lines[j] ?? "", 1)
      )
        j++;
      out.push(...recased(lines.slice(i, j)));
      i = j;
    } else {
      // No run of enough lines starts inside a shorter one: its lines, or this one, stay as they are.
      const next = Math.max(j, i + 1);
      out.push(...lines.slice(i, next));
      i = next;
    }
  }
  return out;
}
