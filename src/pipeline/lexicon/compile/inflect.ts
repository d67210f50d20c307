/**
 * English inflection for trigger verbs and occasion nouns, regular forms only: irregular ones
 * ("met", "left", "froze") and spelling variants ("travelled") are listed in the entry itself.
 * A phrase inflects its first word when a verb ("travel to" → "traveled to") and its last when
 * a noun ("port call" → "port calls").
 */

/** The forms of a verb the lexicon knows: lemma, third person, past, gerund. */
export const VERB_FORMS = ["base", "s", "ed", "ing"] as const;
export type VerbForm = (typeof VERB_FORMS)[number];

const SIBILANT = /(?:s|sh|ch|x|z)$/;
const CONSONANT_Y = /[^aeiou]y$/;

function verbForm(word: string, form: VerbForm): string {
  switch (form) {
    case "base":
      return word;
    case "s":
      return SIBILANT.test(word)
        ? `${word}es`
        : CONSONANT_Y.test(word)
          ? `${word.slice(0, -1)}ies`
          : `${word}s`;
    case "ed":
      return word.endsWith("e")
        ? `${word}d`
        : CONSONANT_Y.test(word)
          ? `${word.slice(0, -1)}ied`
          : `${word}ed`;
    case "ing":
      // "agree" keeps its e ("agreeing"); "welcome" drops it ("welcoming").
      return /[^e]e$/.test(word) ? `${word.slice(0, -1)}ing` : `${word}ing`;
  }
}

/** The forms of a verb or verb phrase, in VERB_FORMS order, less those `without` names. */
export function verbForms(lemma: string, without: readonly VerbForm[] = []): string[] {
  const [head = "", ...rest] = lemma.split(" ");
  return VERB_FORMS.filter((f) => !without.includes(f)).map((f) =>
    [verbForm(head, f), ...rest].join(" "),
  );
}

/** A noun or noun phrase and its plural. */
export function nounForms(noun: string): string[] {
  const words = noun.split(" ");
  const last = words.pop() ?? "";
  const plural = SIBILANT.test(last)
    ? `${last}es`
    : CONSONANT_Y.test(last)
      ? `${last.slice(0, -1)}ies`
      : `${last}s`;
  return [noun, [...words, plural].join(" ")];
}
