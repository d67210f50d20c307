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
import { writeIndexFiles } from "./write-index.ts";
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
import { DETAILS_FOLDER, INDEX_FILE, buildEventIndex } from "../dataset/event-index/index.ts";

/** The three files of the contract the pipeline publishes. */
export const OUTPUT_FILES = ["events.json", "articles.json", "events.schema.json"] as const;
/** Everything the pipeline writes: the contract, and the app's index with its chunks folder. */
export const OUTPUT_ENTRIES = [...OUTPUT_FILES, INDEX_FILE, DETAILS_FOLDER] as const;

const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

const ITEM_OPEN = '{\n  "_": [\n';
const ITEM_CLOSE = "\n  ]\n}";
/**
 * An element of a top-level array as `JSON.stringify(doc, null, 2)` writes it, indented four
 * spaces: stringified inside a wrapper of that depth, which indents it, and cut out. A third
 * cheaper than indenting its text afterwards, for a hundred megabytes of events.
 */
function arrayItemText(item: unknown): string {
  const text = JSON.stringify({ _: [item] }, null, 2);
  return text.slice(ITEM_OPEN.length, text.length - ITEM_CLOSE.length);
}

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
      for (const [i, item] of value.entries())
        yield `${arrayItemText(item)}${i < value.length - 1 ? "," : ""}\n`;
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

/** A temporary or backup file (or chunks folder) of a run of writeDataset, and its process. */
const LEFTOVER =
  /^(?:\.(?:events\.json|articles\.json|events\.schema\.json|index\.json|details)\.(\d+)\.tmp|(?:events\.json|articles\.json|events\.schema\.json|index\.json|details)\.(\d+)\.bak)$/;

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
    rmSync(join(outDir, name), { force: true, recursive: true });
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

/** How much of the documents' checking the caller has done already. */
export interface WriteOptions {
  /**
   * Every event and article was checked against the contract one by one (the pipeline's
   * keepValidOutput does): only the documents' own fields and the cross-references are checked
   * again. Parsing ten thousand events a second time took half a second.
   */
  itemsChecked?: boolean;
}

/** Both documents parsed against the contract; the items too unless `itemsChecked`. */
function checkedDocuments(
  events: EventsDocument,
  articles: ArticlesDocument,
  { itemsChecked = false }: WriteOptions,
): [EventsDocument, ArticlesDocument] {
  if (!itemsChecked) return [parseEventsDocument(events), parseArticlesDocument(articles)];
  const eventsShell = parseEventsDocument({ ...events, events: [] });
  const articlesShell = parseArticlesDocument({ ...articles, articles: [] });
  return [
    { ...eventsShell, events: events.events },
    { ...articlesShell, articles: articles.articles },
  ];
}

/**
 * Validates both documents against the contract (and each other), then writes the three files
 * and the app's index with its chunks folder (src/dataset/event-index) atomically: each goes to
 * a temporary file (or folder) first and is renamed into place only when everything has been
 * written, so a failed run leaves the previous dataset intact. Every file carries the same
 * `version`, so a reader can refuse files of two runs; files left by an interrupted earlier run
 * are removed first.
 */
export function writeDataset(
  outDir: string,
  events: EventsDocument,
  articles: ArticlesDocument,
  options: WriteOptions = {},
): void {
  const [ev, ar] = checkedDocuments(events, articles, options);
  const problems = findCrossReferenceProblems(ev, ar);
  if (problems.length) throw new DatasetValidationError("events.json + articles.json", problems);
  mkdirSync(outDir, { recursive: true });
  removeLeftovers(outDir);
  const paired = pairedArticles(events, articles);
  const contents: Record<(typeof OUTPUT_FILES)[number], object> = {
    "events.json": events,
    "articles.json": paired,
    "events.schema.json": eventsJsonSchema() as object,
  };
  const tempOf = (name: string) => join(outDir, `.${name}.${process.pid}.tmp`);
  const temps: [string, string][] = [];
  try {
    for (const name of OUTPUT_FILES) {
      writeJsonFile(tempOf(name), contents[name]);
      temps.push([tempOf(name), join(outDir, name)]);
    }
    // The index is stamped with the articles' version, which events.json has too when set.
    const built = buildEventIndex({ ...events, version: paired.version }, paired);
    temps.push([tempOf(INDEX_FILE), join(outDir, INDEX_FILE)]);
    temps.push([tempOf(DETAILS_FOLDER), join(outDir, DETAILS_FOLDER)]);
    writeIndexFiles(built, tempOf(INDEX_FILE), tempOf(DETAILS_FOLDER));
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true, recursive: true });
    throw err;
  }
  // Renames are atomic one by one; keep the previous files until all three are in place so a
  // failure half-way restores the previous dataset instead of mixing two runs.
  const backups: [string, string][] = [];
  try {
    for (const [, target] of temps) {
      if (!existsSync(target)) continue;
      const backup = `${target}.${process.pid}.bak`;
      // A folder cannot be renamed over another: it moves aside; files are copied, so the
      // previous one stays readable until the new one replaces it.
      if (target.endsWith(DETAILS_FOLDER)) renameSync(target, backup);
      else copyFileSync(target, backup);
      backups.push([backup, target]);
    }
    for (const [temp, target] of temps) renameSync(temp, target);
  } catch (err) {
    for (const [backup, target] of backups) {
      rmSync(target, { force: true, recursive: true });
      renameSync(backup, target);
    }
    for (const [temp] of temps) rmSync(temp, { force: true, recursive: true });
    throw err;
  }
  for (const [backup] of backups) rmSync(backup, { force: true, recursive: true });
}
