import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { STAGES } from "../run.ts";
import { readStage } from "../stages/01-read.ts";
import type { ArticleWork } from "../types.ts";
import { runArticlePart, type PartResult } from "./article-part.ts";
import { leanArticle } from "./lean-article.ts";
import { runInWorkers, WorkerStartError } from "./pool.ts";

const FIXTURES = resolve(import.meta.dirname, "../testing/fixtures");

const DYING = new URL("./testing/dying-worker.ts", import.meta.url).href;
/** The stand-in worker reads nothing of an article but its file name. */
const articles = (...files: string[]) => files.map((file) => ({ file }) as ArticleWork);
const data = (inDir = "corpus") => ({ fromStage: 1, toStage: 7, inDir });
const filesOf = (results: PartResult[]) => results.map((r) => r.articles[0]?.file);

describe("runInWorkers", () => {
  it("gives each article's result in the articles' order and clears what it sent", async () => {
    const input = articles("a", "b", "c", "d", "e", "f", "g");
    const seen: number[] = [];
    const results = await runInWorkers(input, {
      threads: 2,
      data: data(),
      worker: DYING,
      onResult: (index) => seen.push(index),
    });
    expect(filesOf(results)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(input.every((a) => a === undefined)).toBe(true);
  });

  it("leaves out, by name, an article whose thread dies, and goes on in a new thread", async () => {
    const results = await runInWorkers(articles("a", "b", "die-c", "d", "e"), {
      threads: 1,
      data: data(),
      worker: DYING,
    });
    expect(filesOf(results)).toEqual(["a", "b", undefined, "d", "e"]);
    expect(results[2]?.guardWarnings).toEqual([
      { file: "die-c", message: "its worker thread stopped (exit code 3); article left out" },
    ]);
    expect(results.flatMap((r) => r.guardWarnings)).toHaveLength(1);
  });

  it("fails the run, blaming no article, when a thread cannot start", async () => {
    const run = runInWorkers(articles("a", "b"), {
      threads: 2,
      data: data("no-start"),
      worker: DYING,
    });
    await expect(run).rejects.toThrow(WorkerStartError);
    await expect(run).rejects.toThrow(/could not start: Error: cannot start/);
  });

  it("runs in its threads the per-article stages as this thread runs them", async () => {
    const read = await readStage.run({
      inDir: FIXTURES,
      articles: [],
      merged: [],
      warnings: [],
      skipped: 0,
    });
    const fromStage = STAGES.findIndex((s) => s.perArticle);
    const toStage = STAGES.findLastIndex((s) => s.perArticle) + 1;
    const stages = STAGES.slice(fromStage, toStage);
    const here = await Promise.all(
      read.articles.map((a) => runArticlePart(read, [a], stages, leanArticle)),
    );
    const threaded = await runInWorkers([...read.articles], {
      threads: 2,
      data: { fromStage, toStage, inDir: FIXTURES },
    });
    expect(read.articles.length).toBeGreaterThan(3);
    expect(threaded.map((r) => ({ ...r, ms: {} }))).toEqual(here.map((r) => ({ ...r, ms: {} })));
    // Two threads load the whole pipeline through tsx: on a busy machine that alone took over
    // vitest's default five seconds. The room given is no measure; nothing here is timed.
  }, 30_000);

  it("starts no thread for no articles", async () => {
    const run = runInWorkers([], { threads: 2, data: data("no-start"), worker: DYING });
    await expect(run).resolves.toEqual([]);
  });
});
