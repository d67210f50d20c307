/**
 * A sentence as an anchor compares it: typographic quotes and apostrophes as plain ones, dashes
 * as hyphens, and any run of whitespace as one space, trimmed. A sentence copied from a web page,
 * an editor or the app's details then matches the extracted evidence it was copied from.
 */
export function normaliseSentence(text: string): string {
  return normaliseWithOffsets(text).text.trim();
}

function normalChar(c: string): string {
  if (/\s/.test(c)) return " ";
  if (/[\u2018\u2019\u201A\u201B\u2032]/.test(c)) return "'";
  if (/[\u201C\u201D\u201E\u201F\u2033]/.test(c)) return '"';
  if (/[\u2013\u2014\u2212]/.test(c)) return "-";
  if (c === "\u2026") return "...";
  return c;
}

/**
 * The normalised text (not trimmed) and, for each of its characters, the offset of the
 * character of `text` it came from: a normalised sentence found in it maps back to a span of
 * the original text.
 */
export function normaliseWithOffsets(text: string): { text: string; offsets: number[] } {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = normalChar(text[i] as string);
    if (c === " " && out.endsWith(" ")) continue;
    out += c;
    for (let k = 0; k < c.length; k++) offsets.push(i);
  }
  return { text: out, offsets };
}

/** Where a sentence is in a text, compared normalised: the span of the text's own characters. */
export function findSentence(
  text: string,
  sentence: string,
): { start: number; end: number } | undefined {
  const wanted = normaliseSentence(sentence);
  const exact = text.indexOf(sentence.trim());
  if (exact >= 0 && sentence.trim()) return { start: exact, end: exact + sentence.trim().length };
  const norm = normaliseWithOffsets(text);
  const at = norm.text.indexOf(wanted);
  if (at < 0 || !wanted) return undefined;
  const start = norm.offsets[at] as number;
  const end = (norm.offsets[at + wanted.length - 1] as number) + 1;
  return { start, end };
}
