import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { correctionEntrySchema, type CorrectionEntry } from "../../dataset/index.ts";
import { entryLines, lineAt } from "./lines.ts";

/** An entry of a corrections file, with where it is written ("corrections/fixes.json:12"). */
export interface LoadedEntry {
  entry: CorrectionEntry;
  where: string;
}

export interface LoadedCorrections {
  entries: LoadedEntry[];
  /** Files or entries that cannot be used: each names its file (and line). */
  errors: string[];
}

const describe = (error: z.core.$ZodError) =>
  error.issues.map((issue) => `${issue.path.join(".") || "(entry)"}: ${issue.message}`);

/** Where JSON.parse stopped, as a line, when its message says (V8: "… at position 123"). */
function parseErrorLine(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  return m ? `:${lineAt(text, Number(m[1]))}` : "";
}

function loadFile(dir: string, name: string, into: LoadedCorrections): void {
  const shown = `${basename(dir)}/${name}`;
  const text = readFileSync(join(dir, name), "utf8");
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    into.errors.push(`${shown}${parseErrorLine(text, message)}: not valid JSON: ${message}`);
    return;
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    into.errors.push(`${shown}: expected an object { "corrections": [ … ] }`);
    return;
  }
  const record = doc as Record<string, unknown>;
  const unknownKeys = Object.keys(record).filter((k) => k !== "corrections" && k !== "$schema");
  if (unknownKeys.length) into.errors.push(`${shown}: unknown field ${unknownKeys.join(", ")}`);
  if (!Array.isArray(record.corrections)) {
    into.errors.push(`${shown}: "corrections" must be a list of entries`);
    return;
  }
  const lines = entryLines(text);
  record.corrections.forEach((raw: unknown, i) => {
    const where = `${shown}:${lines[i] ?? 1}`;
    const parsed = correctionEntrySchema.safeParse(raw);
    if (parsed.success) into.entries.push({ entry: parsed.data, where });
    else for (const problem of describe(parsed.error)) into.errors.push(`${where}: ${problem}`);
  });
}

/**
 * Reads every `*.json` file of the corrections folder, in file-name order, so a run with
 * corrections is as deterministic as one without. An absent folder has no corrections. A file
 * or entry that breaks the format is an error naming its file and line; the good entries of
 * the same files are still returned, so every problem is reported in one run.
 */
export function loadCorrections(dir: string): LoadedCorrections {
  const loaded: LoadedCorrections = { entries: [], errors: [] };
  if (!existsSync(dir)) return loaded;
  if (!statSync(dir).isDirectory()) {
    loaded.errors.push(`${dir}: the corrections folder is not a folder`);
    return loaded;
  }
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort();
  for (const name of names) loadFile(dir, name, loaded);
  return loaded;
}
