import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { ArticleWork, PipelineState, Stage } from "../types.ts";
import { decodeArticleBytes } from "../read/decode.ts";
import { htmlToText } from "../read/html.ts";
import { sha256 } from "../util/hash.ts";

const ARTICLE_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

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

/**
 * Reads every .txt/.html article of the input folder in name order. A file that cannot be
 * read or decoded becomes a warning naming it; identical files are read once.
 */
export const readStage: Stage = {
  name: "read",
  run(state: PipelineState): PipelineState {
    const names = readdirSync(state.inDir)
      .filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()))
      .sort();
    const articles: ArticleWork[] = [];
    const warnings = [...state.warnings];
    const seen = new Map<string, string>();
    for (const name of names) {
      const path = join(state.inDir, name);
      const file = basename(name);
      let bytes: Buffer;
      try {
        if (!statSync(path).isFile()) continue;
        bytes = readFileSync(path);
      } catch (err) {
        warnings.push({ file, message: `cannot read file: ${(err as Error).message}` });
        continue;
      }
      const decoded = decodeArticleBytes(bytes);
      if (!decoded.ok) {
        warnings.push({ file, message: decoded.reason });
        continue;
      }
      const hash = sha256(bytes);
      const dup = seen.get(hash);
      if (dup) {
        warnings.push({ file, message: `same content as ${dup}; read once` });
        continue;
      }
      seen.set(hash, file);
      const isHtml = /\.html?$/i.test(file) || /^\s*<(!doctype html|html)\b/i.test(decoded.text);
      if (isHtml) {
        const page = htmlToText(decoded.text);
        const work = emptyWork(file, hash, page.text);
        if (page.url) work.url = page.url;
        work.hints = { title: page.title, byline: page.byline, published: page.published };
        articles.push(work);
      } else {
        articles.push(emptyWork(file, hash, decoded.text));
      }
    }
    if (names.length === 0)
      warnings.push({ file: state.inDir, message: "no .txt or .html articles" });
    return { ...state, articles, warnings };
  },
};
