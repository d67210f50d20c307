/**
 * Replaces every string in `value` (walked in place, objects and arrays) by one shared copy per
 * distinct text: results cloned from a thread carry their own copy of each label, role and topic
 * name that the lexicon shares between articles in a single-threaded run.
 */
export function internStrings(value: unknown, pool: Map<string, string>): unknown {
  if (typeof value === "string") {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = internStrings(value[i], pool);
    return value;
  }
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = internStrings(record[key], pool);
  }
  return value;
}
