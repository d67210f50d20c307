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

/**
 * A digit beside a look-alike: a run that holds a digit changes only if it holds a look-alike
 * too, and being one run of [\dlIO], it then has a digit beside one. Elsewhere the mend is the
 * line itself.
 */
const DIGIT_BESIDE_LOOKALIKE = /\d[lIO]|[lIO]\d/;

/** What every ZERO_FOR_O holds: a zero before a lower-case letter. */
const ZERO_BEFORE_LOWER = /0\p{Ll}/u;

const LOOKALIKE = /[lIO]/g;

const asDigit = (c: string) => LOOKALIKE_DIGIT[c] ?? c;
const mendRun = (run: string) => run.replace(LOOKALIKE, asDigit);

export function mendOcrDigits(line: string): string {
  // Most lines hold neither mend's characters; the patterns, whose look-behind is tried at each
  // position, are spared them.
  const runs = DIGIT_BESIDE_LOOKALIKE.test(line)
    ? line.replace(NUMBER_WITH_LOOKALIKES, mendRun)
    : line;
  return ZERO_BEFORE_LOWER.test(runs) ? runs.replace(ZERO_FOR_O, "O") : runs;
}
