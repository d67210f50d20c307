/**
 * How wide a string is drawn, in pixels. The browser passes one backed by a canvas and the
 * labels' real font; tests pass a fixed width per character. Widths must not be less than what is
 * drawn: the layout's promise that labels never overlap rests on it.
 */
export interface TextMeasure {
  width(text: string): number;
}

export const ELLIPSIS = "\u2026";

export interface FittedText {
  text: string;
  width: number;
  truncated: boolean;
}

/**
 * The text as it fits in `maxWidth`: whole, or its longest prefix that fits with an ellipsis
 * after it (spaces and punctuation before the ellipsis dropped, "Obama and…" not "Obama and …").
 * Undefined when not even one character and the ellipsis fit.
 */
export function fitText(
  text: string,
  maxWidth: number,
  measure: TextMeasure,
): FittedText | undefined {
  const full = measure.width(text);
  if (full <= maxWidth) return { text, width: full, truncated: false };
  const room = maxWidth - measure.width(ELLIPSIS);
  // Characters are added one at a time: each width is one cached look-up for a real measure.
  let end = 0;
  let used = 0;
  const chars = Array.from(text);
  for (; end < chars.length; end++) {
    const w = measure.width(chars[end] ?? "");
    if (used + w > room) break;
    used += w;
  }
  // A measure of whole strings (kerning) may differ from the sum of its characters: shorten
  // until the whole really fits.
  for (; end > 0; end--) {
    const head = chars
      .slice(0, end)
      .join("")
      .replace(/[\s,.;:\u2013\u2014-]+$/u, "");
    if (head === "") return undefined;
    const fitted = `${head}${ELLIPSIS}`;
    const width = measure.width(fitted);
    if (width <= maxWidth) return { text: fitted, width, truncated: true };
  }
  return undefined;
}

/** Every character the same width: the measure unit tests reason with. */
export function fixedWidthMeasure(charWidth: number): TextMeasure {
  return { width: (text) => Array.from(text).length * charWidth };
}
