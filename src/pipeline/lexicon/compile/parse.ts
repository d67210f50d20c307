import type { z } from "zod";

/**
 * A lexicon data file that does not say what its compiler needs. The message names the file, the
 * entry (index and id, name or label) and the field, so the fix is one look away.
 */
export class LexiconError extends Error {
  constructor(file: string, path: readonly PropertyKey[], message: string, data?: unknown) {
    super(`lexicon/data/${file}: ${where(path, data)}${message}`);
    this.name = "LexiconError";
  }
}

/** "entry 3 (visit), triggers[0].rank: " for a path into the file's data. */
function where(path: readonly PropertyKey[], data: unknown): string {
  const at = path.findIndex((p) => typeof p === "number");
  if (at < 0) return path.length ? `${dotted(path)}: ` : "";
  const list = dotted(path.slice(0, at));
  const entry = dig(data, path.slice(0, at + 1));
  const label = entryLabel(entry);
  const rest = dotted(path.slice(at + 1));
  return `${list ? `${list} ` : ""}entry ${String(path[at])}${label ? ` (${label})` : ""}${rest ? `, ${rest}` : ""}: `;
}

const dotted = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");

function dig(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const p of path)
    at = at && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[p] : undefined;
  return at;
}

/** What an entry is called in an error: its id, name, label or first word. */
function entryLabel(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry;
  if (!entry || typeof entry !== "object") return undefined;
  const e = entry as Record<string, unknown>;
  const name = e.id ?? e.name ?? e.label ?? e.family ?? e.iso ?? e.government ?? e.words;
  return typeof name === "string" ? name : undefined;
}

/** Validates a data file against its schema, once, when the lexicon module loads. */
export function parseLexicon<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new LexiconError(file, issue?.path ?? [], issue?.message ?? "invalid", data);
}

/** Runs one compile step of an entry, turning a failure (a bad regex) into a LexiconError there. */
export function compileAt<T>(
  file: string,
  path: readonly PropertyKey[],
  data: unknown,
  step: () => T,
): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof LexiconError) throw e;
    throw new LexiconError(file, path, e instanceof Error ? e.message : String(e), data);
  }
}
