/**
 * A scanned page's recognition errors in numbers: "March l4, 2012", "JUNE I8", "2O12", "20l1".
 * A run of two or more digits and look-alike letters (l and I for 1, O for 0) that holds a digit
 * is a number; "O" in a word ("0ctober") is the letter. Each mend keeps the text's length, so
 * offsets into it hold.
 */
const NUMBER_WITH_LOOKALIKES = /(?<![\p{L}\d])(?=[\dlIO]*\d)[\dlIO]{2,}(?![\p{L}\d])/gu;

/** A zero read for the capital O at a word's start: "0ctober", "0n Monday" is left alone. */
const ZERO_FOR_O = /(?<![\p{L}\d])0(?=\p{Ll}{2,})/gu;

const LOOKALIKE_DIGIT: Record<string, string> = { l: "1", I: "1", O: "0" };

/** Any digit: both mends need one (a run holds a digit; the zero is one). */
const DIGIT = /\d/;

export function mendOcrDigits(line: string): string {
  // Most lines of a page hold no digit; the patterns, tried at each of their positions, are
  // spared them.
  if (!DIGIT.test(line)) return line;
  return line
    .replace(NUMBER_WITH_LOOKALIKES, (run) => run.replace(/[lIO]/g, (c) => LOOKALIKE_DIGIT[c] ?? c))
    .replace(ZERO_FOR_O, "O");
}
