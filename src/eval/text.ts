/**
 * Comparable text: the gold was copied by hand from pages whose quotes, apostrophes and spacing
 * vary (curly or straight, hard-wrapped wire lines), so both sides are folded to one form first.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The distinct words of a text: runs of ASCII letters and digits after normalising. */
export function wordSet(text: string): Set<string> {
  return new Set(normalize(text).match(/[a-z0-9]+/g) ?? []);
}

/** Evidence is meant to be sentences: a passage this many times longer than the gold sentence is not. */
const MAX_LENGTH_RATIO = 3;

/**
 * The share (0–1) of the gold sentence's distinct words that the extracted evidence contains.
 * 0 when either has no words, or when the evidence has more than three times the gold sentence's
 * words: otherwise quoting a whole paragraph would cover every sentence in it.
 */
export function coverage(evidence: string, goldSentence: string): number {
  const got = wordSet(evidence);
  const want = wordSet(goldSentence);
  if (got.size === 0 || want.size === 0 || got.size > MAX_LENGTH_RATIO * want.size) return 0;
  let shared = 0;
  for (const word of want) if (got.has(word)) shared++;
  return shared / want.size;
}
