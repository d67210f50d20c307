/** At most this many characters of a refused value are quoted in a message. */
export const MAX_QUOTED = 200;

/**
 * `text` made safe to print on a terminal: control characters (ESC, CR, BEL, …) and the
 * invisible direction overrides become visible escapes, so a file name cannot move the cursor,
 * rewrite the line before it or forge a line of its own on stderr.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (c === "\n") return "\\n";
      if (c === "\r") return "\\r";
      if (c === "\t") return "\\t";
      return code < 0x100
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : `\\u${code.toString(16).padStart(4, "0")}`;
    },
  );
}

/** A refused value as a message quotes it: printable, and cut to MAX_QUOTED characters. */
export function excerpt(text: string, max = MAX_QUOTED): string {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
  return printable(shown);
}
