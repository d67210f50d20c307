import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { isHttpUrl } from "../../dataset/index.ts";
import type { ArticleWork, PipelineState, Stage, Warning } from "../types.ts";
import { cutText } from "../read/cut.ts";
import { decodeArticleBytes } from "../read/decode.ts";
import { feedToText, isFeed } from "../read/feed.ts";
import { htmlToText } from "../read/html.ts";
import { jsonStoryPage, jsonToText } from "../read/json-export.ts";
import { READ_LIMITS } from "../read/limits.ts";
import { normalisedHash } from "../read/normalised-hash.ts";
import { sha256 } from "../util/hash.ts";
import { excerpt } from "../util/printable.ts";

const ARTICLE_EXTENSIONS = new Set([".txt", ".html", ".htm", ".json"]);

function emptyWork(file: string, hash: string, raw: string): ArticleWork {
  return {
    file,
    sha256: hash,
    raw,
    id: `art-${hash.slice(0, 12)}`,
    title: "",
    outlet: "",
    byline: "",
    text: "",
    datelineLength: 0,
    hints: {},
    paragraphs: [],
    sentences: [],
    quotes: [],
    events: [],
  };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `text`, cut to the length limit with a warning when longer. */
function bounded(text: string, warn: (message: string) => void): string {
  const cut = cutText(text, READ_LIMITS.maxArticleChars);
  if (cut.text.length < cut.originalLength)
    warn(
      `article is ${cut.originalLength} characters long; only its first ${cut.text.length} are read (the limit is ${READ_LIMITS.maxArticleChars})`,
    );
  return cut.text;
}

/** One file's article, or why it is left out; `seen` maps normalised digests to file names. */
function readArticle(
  path: string,
  file: string,
  seen: Map<string, string>,
  warn: (message: string) => void,
): ArticleWork | undefined {
  const size = statSync(path).size;
  if (size > READ_LIMITS.maxFileBytes) {
    warn(
      `file is ${megabytes(size)}, over the ${megabytes(READ_LIMITS.maxFileBytes)} limit; left out`,
    );
    return undefined;
  }
  const bytes = readFileSync(path);
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) {
    warn(decoded.reason);
    return undefined;
  }
  // Duplicates are found on the text (a copy saved with a BOM or Windows line ends is the same
  // article); the id stays the digest of the bytes, as the contract's sha256 says.
  const digest = normalisedHash(decoded.text);
  const dup = seen.get(digest);
  if (dup) {
    warn(`same content as ${dup}; read once`);
    return undefined;
  }
  seen.set(digest, file);
  const hash = sha256(bytes);
  // A feed saved as .txt or .xml is read as its items, not as markup shown as text.
  const feed = isFeed(decoded.text);
  const isHtml = /\.html?$/i.test(file) || /^\s*<(!doctype html|html)\b/i.test(decoded.text);
  // A story saved as JSON, under any name, read once; a .json file that holds none is an error
  // naming it.
  const story = feed ? undefined : jsonStoryPage(decoded.text);
  const json = story !== undefined || /\.json$/i.test(file);
  if (!isHtml && !feed && !json) return emptyWork(file, hash, bounded(decoded.text, warn));
  const page = feed
    ? feedToText(decoded.text)
    : json
      ? (story ?? jsonToText(decoded.text))
      : htmlToText(decoded.text);
  const work = emptyWork(file, hash, bounded(page.text, warn));
  work.hints = { title: page.title, byline: page.byline, published: page.published };
  if (page.url !== undefined && isHttpUrl(page.url)) work.url = page.url;
  else if (page.url !== undefined)
    warn(`page address "${excerpt(page.url)}" is not http or https; left out`);
  return work;
}

/**
 * Reads every .txt/.html/.json article of the input folder in name order. A file that cannot be
 * read, decoded or parsed, or is too large or too deeply nested, becomes a warning naming it and
 * the reason, and the run goes on without it; identical files are read once.
 */
export const readStage: Stage = {
  name: "read",
  run(state: PipelineState): PipelineState {
    const names = readdirSync(state.inDir)
      .filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()))
      .sort();
    const articles: ArticleWork[] = [];
    const warnings: Warning[] = [...state.warnings];
    const seen = new Map<string, string>();
    for (const name of names) {
      const path = join(state.inDir, name);
      const file = basename(name);
      const warn = (message: string) => warnings.push({ file, message });
      try {
        if (!statSync(path).isFile()) continue;
      } catch (err) {
        warn(`cannot read file: ${excerpt((err as Error).message)}`);
        continue;
      }
      // One file's failure (a read error, a library throwing on its markup) costs that file only.
      try {
        const work = readArticle(path, file, seen, warn);
        if (work) articles.push(work);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        warn(`left out: ${excerpt(reason)}`);
      }
    }
    if (names.length === 0)
      warnings.push({ file: state.inDir, message: "no .txt, .html or .json articles" });
    return { ...state, articles, warnings };
  },
};
