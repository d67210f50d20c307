import { bibtexKey } from "./bibtex-escape.ts";

/** 32-bit FNV-1a, as 8 hex digits: short, and the same for the same text in every browser. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The dataset view's key: the dataset version, then a hash of the view's query, so the same view
 * always gets the same key and two views of one dataset never share one. The default view (no
 * query) is the dataset itself and has no hash.
 */
export function viewCitationKey(version: string | undefined, viewUrl: string): string {
  const search = new URL(viewUrl).search;
  const base = `dialogue-timeline-${version ?? "unversioned"}`;
  return bibtexKey(search ? `${base}-${shortHash(search)}` : base);
}

/** An article's key: its id, which the dataset keeps stable across runs. */
export function articleCitationKey(articleId: string, index: number): string {
  return bibtexKey(articleId) || `article-${index + 1}`;
}
