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
  // The longest head that fits, a character (code point) at a time: each width is one cached
  // look-up for a real measure. `end` is a UTF-16 index, so a surrogate pair is never split.
  let end = 0;
  let used = 0;
  for (const char of text) {
    const w = measure.width(char);
    if (used + w > room) break;
    used += w;
    end += char.length;
  }
  // A measure of whole strings (kerning) may differ from the sum of its characters: shorten
  // until the whole really fits.
  while (end > 0) {
    const head = text.slice(0, end).replace(/[\s,.;:\u2013\u2014-]+$/u, "");
    if (head === "") return undefined;
    const fitted = `${head}${ELLIPSIS}`;
    const width = measure.width(fitted);
    if (width <= maxWidth) return { text: fitted, width, truncated: true };
    end = head.length - 1;
    // Never stop between the halves of a surrogate pair.
    if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  }
  return undefined;
}

/** Every character the same width: the measure unit tests reason with. */
export function fixedWidthMeasure(charWidth: number): TextMeasure {
  return {
    width(text) {
      // Code points: the second half of a surrogate pair is not a character of its own.
      let chars = 0;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 0xdc00 || unit > 0xdfff) chars += 1;
      }
      return chars * charWidth;
    },
  };
}
