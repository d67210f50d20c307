import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { jsonDigest } from "./util/hash.ts";
import { z } from "zod";
import {
  eventsDocumentSchema,
  findCrossReferenceProblems,
  parseArticlesDocument,
  parseEventsDocument,
  DatasetValidationError,
  type ArticlesDocument,
  type EventsDocument,
} from "../dataset/index.ts";

/** The three files the pipeline publishes. */
export const OUTPUT_FILES = ["events.json", "articles.json", "events.schema.json"] as const;

const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

/**
 * The text of `JSON.stringify(doc, null, 2)` and a newline, in pieces: each element of the
 * document's top-level arrays apart, so a large document (every article's text) is never one
 * string in memory.
 */
export function* prettyJson(doc: object): Generator<string> {
  const entries = Object.entries(doc).flatMap(([key, value]): [string, unknown, string?][] => {
    const text = Array.isArray(value) ? "" : (JSON.stringify(value, null, 2) as string | undefined);
    return text === undefined ? [] : [[key, value, text]];
  });
  if (!entries.length) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (const [k, [key, value, text]] of entries.entries()) {
    const comma = k < entries.length - 1 ? "," : "";
    if (Array.isArray(value) && value.length) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [i, item] of value.entries()) {
        const itemText = (JSON.stringify(item, null, 2) as string | undefined) ?? "null";
        yield `    ${indent(itemText, "    ")}${i < value.length - 1 ? "," : ""}\n`;
      }
      yield `  ]${comma}\n`;
    } else
      yield `  ${JSON.stringify(key)}: ${Array.isArray(value) ? "[]" : indent(text ?? "", "  ")}${comma}\n`;
  }
  yield "}\n";
}

function writeJsonFile(path: string, doc: object): void {
  const fd = openSync(path, "w");
  try {
    for (const piece of prettyJson(doc)) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** The JSON Schema of events.json, generated from the zod contract. */
export function eventsJsonSchema(): unknown {
  return z.toJSONSchema(eventsDocumentSchema, { unrepresentable: "any" });
}

/** A temporary or backup file of a run of writeDataset, and the process that made it. */
const LEFTOVER =
  /^(?:\.(?:events|articles|events\.schema)\.json\.(\d+)\.tmp|(?:events|articles|events\.schema)\.json\.(\d+)\.bak)$/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what an interrupted run (killed between writing and renaming) left in `outDir`:
 * temporary and backup files of processes that no longer run. Returns their names.
 */
export function removeLeftovers(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(outDir)) {
    const m = LEFTOVER.exec(name);
    const pid = Number(m?.[1] ?? m?.[2]);
    if (!m || isRunning(pid)) continue;
    rmSync(join(outDir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * The articles document stamped with the dataset's version, the same as events.json's: the
 * files are renamed into place one at a time, so a reader arriving mid-way (or after a run was
 * killed mid-way) can get one new and one old file, and the app tells them apart by this stamp.
 */
export function pairedArticles(
  events: EventsDocument,
  articles: ArticlesDocument,
): ArticlesDocument {
  const version =
    events.version ??
    jsonDigest({ events: events.events, articles: articles.articles }).slice(0, 12);
  return { schemaVersion: articles.schemaVersion, version, articles: articles.articles };
}

/**
 * Validates both documents against the contract (and each other), then writes all three files
 * atomically: each goes to a temporary file first and is renamed into place only when every
 * file has been written, so a failed run leaves the previous dataset intact. Both documents
 * carry the same `version`, so a reader can refuse a pair of two runs; files left by an
 * interrupted earlier run are removed first.
 */
export function writeDataset(
  outDir: string,
  events: EventsDocument,
  articles: ArticlesDocument,
): void {
  const ev = parseEventsDocument(events);
  const ar = parseArticlesDocument(articles);
  const problems = findCrossReferenceProblems(ev, ar);
  if (problems.length) throw new DatasetValidationError("events.json + articles.json", problems);
  mkdirSync(outDir, { recursive: true });
  removeLeftovers(outDir);
  const contents: Record<(typeof OUTPUT_FILES)[number], object> = {
    "events.json": events,
    "articles.json": pairedArticles(events, articles),
    "events.schema.json": eventsJsonSchema() as object,
  };
  const temps: [string, string][] = [];
  try {
    for (const name of OUTPUT_FILES) {
      const target = join(outDir, name);
      const temp = join(outDir, `.${name}.${process.pid}.tmp`);
      writeJsonFile(temp, contents[name]);
      temps.push([temp, target]);
    }
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw err;
  }
  // Renames are atomic one by one; keep the previous files until all three are in place so a
  // failure half-way restores the previous dataset instead of mixing two runs.
  const backups: [string, string][] = [];
  try {
    for (const [, target] of temps) {
      if (!existsSync(target)) continue;
      const backup = `${target}.${process.pid}.bak`;
      copyFileSync(target, backup);
      backups.push([backup, target]);
    }
    for (const [temp, target] of temps) renameSync(temp, target);
  } catch (err) {
    for (const [backup, target] of backups) renameSync(backup, target);
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw err;
  }
  for (const [backup] of backups) rmSync(backup, { force: true });
}
