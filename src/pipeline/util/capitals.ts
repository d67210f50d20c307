/**
 * Words in capitals written as names are ("SEC. HAGEL" → "Sec. Hagel", "JANUARY" → "January"):
 * transcripts' speaker labels and some page stamps print whole lines in capitals.
 */
export const asName = (words: string) =>
  words.replace(/[A-Z][A-Z'’-]+/g, (w) => w[0] + w.slice(1).toLowerCase());
