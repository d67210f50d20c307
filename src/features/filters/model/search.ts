/**
 * Free-text search: every word of the query must occur somewhere in the event's searchable text
 * (order-free, case- and accent-insensitive), so "panetta cyber" finds a title naming Panetta
 * whose quote says "cyber". Substring, not whole-word, so "milit" finds "military" while typing.
 */

/** Lower case without diacritics: "Zhōu" and "zhou" are the same to a searcher. */
export function normalizeText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a query, normalized; none for a blank query. */
export function searchTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}

/** `haystack` must already be normalized (done once per event, not per keystroke). */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
