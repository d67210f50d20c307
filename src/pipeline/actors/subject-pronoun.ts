import { SPEECH_VERBS } from "../lexicon/speech.ts";

/**
 * Words that open a sentence with a phrase of time or place and no comma before its subject ("On
 * Wednesday he met …", "Later he toured …"). Grammar, not vocabulary of the domain.
 */
const OPENERS = "On|In|At|During|Later|Earlier|Then|Afterwards?|Next";

/**
 * "He …", "On Wednesday afternoon, he …", "On Wednesday he …": a pronoun as the sentence's
 * subject (not "he said", where the sentence only reports him).
 */
const SUBJECT_PRONOUN = new RegExp(
  `^(?:[A-Z][^,"“]{0,40},\\s+|(?:${OPENERS})(?:\\s+(?!(?:${SPEECH_VERBS})\\b)[^\\s,"“.]+){0,3}?\\s+)?\\b(He|She|he|she)\\b(?!\\s+said\\b)`,
);

/** Where the subject pronoun of a sentence stands, and the pronoun itself. */
export function subjectPronoun(text: string): { at: number; word: string } | undefined {
  const m = SUBJECT_PRONOUN.exec(text);
  const word = m?.[1];
  if (!m || !word) return undefined;
  return { at: m.index + m[0].length - word.length, word };
}
