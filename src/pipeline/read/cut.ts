/** A text cut to at most `max` characters, at a paragraph end when there is one in its second half. */
export interface Cut {
  text: string;
  /** The length before cutting; equal to `text.length` when nothing was cut. */
  originalLength: number;
}

/**
 * Keeps the start of an over-long text, ending at the last line break (else sentence end, else
 * space) before `max`, so the kept part ends on whole paragraphs and no offset lands inside a
 * surrogate pair.
 */
export function cutText(text: string, max: number): Cut {
  if (text.length <= max) return { text, originalLength: text.length };
  const head = text.slice(0, max);
  const half = Math.floor(max / 2);
  const at = [head.lastIndexOf("\n"), head.lastIndexOf(". ") + 1, head.lastIndexOf(" ")].find(
    (i) => i >= half,
  );
  let end = at ?? max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: text.slice(0, end).trimEnd(), originalLength: text.length };
}
