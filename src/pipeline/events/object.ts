import { clipPhrase } from "./clip.ts";

/** Room for the object in a title ("Gates and Liang agree to …"). */
const OBJECT_MAX = 50;

/**
 * What was agreed or planned: the words after "agreed to" / "will" / "to", up to the clause's
 * end (a period only ends it when it is not an initial's, as in "the U.S."), cut at a phrase
 * boundary so a title never stops inside a word or a name.
 */
const OBJECT =
  /\b(agreed|agree|pledged|plans?|will|to)\s+(?:both\s+)?((?:to\s+)?(?:work|visit|make visits?|meet|hold|establish|resume|strengthen|expand|cooperate)(?:[^,.;“”"]|(?<=\b[A-Z])\.)*)/i;

/** The agreed or planned action of a sentence, for titles; undefined when there is none. */
export function objectOf(sentence: string): string | undefined {
  const m = sentence.match(OBJECT);
  const raw = m?.[2]?.trim();
  if (!raw) return undefined;
  // "agreed on Monday to work …" matches at its "to": the infinitive keeps its marker.
  const object = m?.[1]?.toLowerCase() === "to" ? `to ${raw}` : raw;
  return clipPhrase(object, OBJECT_MAX) || undefined;
}
