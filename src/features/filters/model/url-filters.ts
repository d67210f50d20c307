import type { TopicKey } from "./topic-filter.ts";

/**
 * Between the URL's lists and the filters: the URL names what is *on* ("topics=cyber"), the
 * topic filter stores what is off, so a topic a newer dataset adds starts on. Values the dataset
 * does not know are dropped here (a stale link still opens), and a list of nothing but unknown
 * values falls back to the default rather than hiding everything.
 */
export function hiddenTopicsFromUrl(
  shown: readonly string[] | undefined,
  keys: readonly TopicKey[],
): ReadonlySet<TopicKey> {
  if (shown === undefined) return new Set();
  const known = shown.filter((value) => (keys as readonly string[]).includes(value));
  if (shown.length > 0 && known.length === 0) return new Set();
  return new Set(keys.filter((key) => !known.includes(key)));
}

/** The URL's `topics` for a set of hidden toggles: undefined (omitted) while all are on. */
export function topicsToUrl(
  hidden: ReadonlySet<TopicKey>,
  keys: readonly TopicKey[],
): string[] | undefined {
  if (![...hidden].some((key) => keys.includes(key))) return undefined;
  return keys.filter((key) => !hidden.has(key));
}

/** The values of a URL list that the dataset knows. */
export function knownValues(values: readonly string[], known: ReadonlySet<string>): Set<string> {
  return new Set(values.filter((value) => known.has(value)));
}
