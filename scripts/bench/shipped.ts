import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Bytes, gzipped, of the JavaScript and CSS a built page loads before its first draw: the files
 * its HTML names (scripts, stylesheets, module preloads), not the chunks loaded later on demand.
 */
export function initialBytes(distDir: string, htmlFile = "index.html"): number {
  const html = readFileSync(path.join(distDir, htmlFile), "utf8");
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? "");
  return [...new Set(refs)].reduce((sum, ref) => sum + gzipped(path.join(distDir, ref)), 0);
}

/** Bytes, gzipped, of a list of files (a library's standalone build). */
export function filesBytes(files: readonly string[]): number {
  return files.reduce((sum, f) => sum + gzipped(f), 0);
}
