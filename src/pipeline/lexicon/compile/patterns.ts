/**
 * How lexicon data turns into regex sources. Words are written as printed and matched as whole
 * words; the few conditions words cannot say are small regex strings, kept named in the data.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * A word or phrase as a regex source: escaped, an apostrophe matching ' and ’ alike, and the space
 * between two words matching any run of white space, a line break too: wire copy is hard-wrapped,
 * so "was received" may end one line and "at the Pentagon" open the next.
 */
export function literal(word: string): string {
  return word.replace(SPECIAL, "\\$&").replace(/'/g, "['’]").replace(/ +/g, "\\s+");
}

/**
 * Words or phrases as one alternation of literals, longest first, so that a longer phrase wins
 * over a shorter one it starts with ("just as" before "as").
 */
export function anyOf(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join("|");
}

/** The same, its first letter in either case ("[Tt]our") for patterns that otherwise match case. */
export function literalAnyFirstCase(word: string): string {
  const first = word[0] ?? "";
  const rest = literal(word.slice(1));
  return first.toLowerCase() === first.toUpperCase()
    ? literal(first) + rest
    : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
}

/**
 * Whole words, any of them: `\b` on each side that is a letter or digit ("U.S." ends on its full
 * stop, so no word boundary follows it in "U.S.-China").
 */
export function wordsPattern(words: readonly string[]): string {
  return words
    .map((w) => `${/^\w/.test(w) ? "\\b" : ""}${literal(w)}${/\w$/.test(w) ? "\\b" : ""}`)
    .join("|");
}

/**
 * A term: regex syntax allowed for its variants ("hack(ing|ers?|ed)?", "defen[cs]e"), matched as
 * whole words; a trailing `*` makes it a word start ("cyber*" also finds "cybersecurity").
 */
export function termPattern(term: string): string {
  return term.endsWith("*") ? `\\b${term.slice(0, -1)}` : `\\b${term}\\b`;
}

/** "/^related\\s*:?\\s*$/i" in a data file: a regex literal, for line patterns of page furniture. */
export function regexLiteral(text: string): RegExp {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(text);
  if (!m) throw new SyntaxError(`not a /pattern/flags literal: ${text}`);
  return new RegExp(m[1] ?? "", m[2]);
}

/** Whether a regex source compiles; the message says why not. */
export function patternProblem(source: string, flags = ""): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
