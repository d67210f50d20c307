import { createHash } from "node:crypto";

/** Hex SHA-256 of bytes or a string. */
export function sha256(input: string | Uint8Array): string {
  return createHash("sha256").update(input).digest("hex");
}

/** A short content-derived id fragment: stable across runs and independent of input order. */
export function shortHash(input: string, length = 10): string {
  return sha256(input).slice(0, length);
}
