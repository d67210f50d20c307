import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  DatasetValidationError,
  parseArticlesDocument,
  parseEventsDocument,
  type ArticlesDocument,
  type EventsDocument,
} from "../dataset/index.ts";
import { goldFileSchema, type GoldFile } from "./gold.ts";

/**
 * Thrown when an input of the scorer cannot be used: a missing folder or file, a file that is not
 * JSON, or one that breaks its format. The message names the file and, for a bad field, its path,
 * so that the annotator can go straight to it. The CLI turns it into exit status 2.
 */
export class EvalInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EvalInputError";
  }
}

/** A dataset folder as the scorer reads it. */
export interface Dataset {
  events: EventsDocument;
  articles: ArticlesDocument;
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new EvalInputError(`${what} ${path} does not exist`);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new EvalInputError(`cannot read ${what} ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new EvalInputError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** A field's path, with the article's file named after its index: "articles.2 (x.txt).events.0.date". */
function fieldPath(input: unknown, path: readonly PropertyKey[]): string {
  if (!path.length) return "(root)";
  const [first, index] = path;
  const articles = (input as { articles?: unknown } | null)?.articles;
  const file =
    first === "articles" && typeof index === "number" && Array.isArray(articles)
      ? (articles[index] as { file?: unknown } | null)?.file
      : undefined;
  const parts = path.map(String);
  if (typeof file === "string" && parts.length > 1) parts[1] = `${parts[1]} (${file})`;
  return parts.join(".");
}

/** Checks a parsed gold document; `name` (the file's path) heads every error. */
export function parseGold(input: unknown, name: string): GoldFile {
  const result = goldFileSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${fieldPath(input, issue.path)}: ${issue.message}`,
  );
  const shown = problems.slice(0, 8).join("\n  ");
  const more = problems.length > 8 ? `\n  (and ${problems.length - 8} more)` : "";
  throw new EvalInputError(`${name} is not a valid gold file:\n  ${shown}${more}`);
}

/** Reads and checks a gold file. */
export function loadGold(path: string): GoldFile {
  return parseGold(readJson(path, "gold file"), path);
}

/** Reads `events.json` and `articles.json` from `dir` and checks both against the data contract. */
export function loadDataset(dir: string): Dataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new EvalInputError(`data folder ${dir} does not exist`);
  const eventsPath = join(dir, "events.json");
  const articlesPath = join(dir, "articles.json");
  try {
    return {
      events: parseEventsDocument(readJson(eventsPath, "data file"), eventsPath),
      articles: parseArticlesDocument(readJson(articlesPath, "data file"), articlesPath),
    };
  } catch (err) {
    if (err instanceof DatasetValidationError) throw new EvalInputError(err.message);
    throw err;
  }
}
