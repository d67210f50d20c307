import { createHash } from "node:crypto";

/** Hex SHA-256 of bytes or a string. */
export function sha256(input: string | Uint8Array): string {
  return createHash("sha256").update(input).digest("hex");
}

/** A short content-derived id fragment: stable across runs and independent of input order. */
export function shortHash(input: string, length = 10): string {
  return sha256(input).slice(0, length);
}

/**
 * SHA-256 (hex) of `JSON.stringify(doc)` for an object of arrays, hashed element by element so
 * the whole text is never one string (hundreds of megabytes for ten thousand articles).
 */
export function jsonDigest(doc: Record<string, readonly unknown[]>): string {
  const hash = createHash("sha256");
  hash.update("{");
  Object.entries(doc).forEach(([key, items], k) => {
    hash.update(`${k ? "," : ""}${JSON.stringify(key)}:[`);
    items.forEach((item, i) => hash.update(`${i ? "," : ""}${JSON.stringify(item) ?? "null"}`));
    hash.update("]");
  });
  hash.update("}");
  return hash.digest("hex");
}
