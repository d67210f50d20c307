/** At most this many characters of a refused value are quoted in a message. */
export const MAX_QUOTED = 200;

/** A refused value as a message quotes it: cut to MAX_QUOTED characters, saying how long it was. */
export function excerpt(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
