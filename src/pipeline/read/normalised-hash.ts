import { sha256 } from "../util/hash.ts";

/**
 * A digest of a decoded text that ignores what copying a file changes without changing the
 * article: a byte-order mark, Windows or old Mac line ends, and trailing spaces. Two files with
 * the same digest are one article, read once.
 */
export function normalisedHash(text: string): string {
  const canonical = text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .trimEnd();
  return sha256(canonical);
}
