/**
 * Words that English writes open, hyphenated or closed ("cyber security", "cyber-security",
 * "cybersecurity"). Search joins each of them to the word after it, in the text and in the query
 * alike, so that every form finds the same events.
 */
export const JOINED_PREFIXES: readonly string[] = [
  "cyber",
  "counter",
  "non",
  "anti",
  "multi",
  "peace",
];

/** Pairs of words written as one or as two ("white paper", "whitepaper"). */
export const JOINED_PAIRS: readonly (readonly [string, string])[] = [
  ["white", "paper"],
  ["web", "site"],
  ["e", "mail"],
  ["war", "ship"],
  ["air", "space"],
  ["air", "craft"],
  ["sea", "lane"],
  ["ship", "yard"],
  ["head", "quarters"],
  ["hot", "line"],
];
