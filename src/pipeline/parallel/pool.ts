import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ArticleWork } from "../types.ts";
import { internStrings } from "./intern.ts";
import type { PartResult } from "./article-part.ts";
import type { ArticleWorkerData, ToPool, ToWorker } from "./messages.ts";

const WORKER = new URL("./article-worker.ts", import.meta.url).href;
/**
 * A thread's first module: it registers tsx's loader, then imports the worker's TypeScript, as
 * `npm run data` loads the pipeline. (Node does not pass a parent's `--import` loader to threads.)
 */
const boot = (script: string) =>
  `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); })`;

export interface PoolOptions {
  /** Worker threads to start (fewer when there are fewer articles). */
  threads: number;
  /** What each thread is started with. */
  data: ArticleWorkerData;
  /** Called as each article's result comes in, in the order they finish. */
  onResult?: (index: number, result: PartResult) => void;
  /** The threads' module, a file URL; article-worker.ts unless a test gives its own. */
  worker?: string;
  /**
   * The same work in this thread, for the articles it takes while no thread is ready yet (a
   * thread needs about a second to load the stages and compile the lexicon).
   */
  here?: (article: ArticleWork) => Promise<PartResult>;
}

let tsxApi: string | undefined;

/**
 * Where tsx's ESM API is, by its package's own exports map (require.resolve gives the CJS one):
 * read once, when the first thread starts, not for every thread.
 */
function tsxEsmApi(): string {
  return (tsxApi ??= findTsxEsmApi());
}

function findTsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = pkg.exports["./esm/api"]?.import.default;
  if (!entry) throw new Error(`${manifest}: no "./esm/api" import entry in its exports`);
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

/** A worker thread failed before it could take an article: no article is to blame. */
export class WorkerStartError extends Error {}

/** The result of an article whose thread died under it: left out, with the reason. */
function lostArticle(file: string, reason: string): PartResult {
  return {
    articles: [],
    stageWarnings: [],
    guardWarnings: [{ file, message: `its worker thread stopped (${reason}); article left out` }],
    skipped: 0,
    ms: {},
  };
}

/**
 * A thread's old generation, in MB: its live data is an article or two and the compiled lexicon
 * (about 60 MB), so this ceiling is only a guard: an article too big for it stops the thread and
 * is left out with a warning (the clean stage cuts long articles well before that). It is not set
 * tight: under a ceiling of 256 MB the threads read 10,000 generated articles in 64-66 s, under
 * 2,048 MB in 56-57 s (two runs each, alternating, peak RSS 820-970 MB either way): V8 seems to
 * collect a heap with a low ceiling far more often.
 */
const THREAD_HEAP_MB = 2048;

/**
 * Articles a thread holds at once: the one it works on and the next, so it never waits for this
 * thread to answer a message before it can go on.
 */
const IN_FLIGHT = 2;

/**
 * Runs the per-article stages of `data` over `articles` in `threads` worker threads, one article
 * per job, and resolves with each article's result in the articles' order, whatever order they
 * finish in. Each entry of `articles` is cleared once its result is in, so its text can be freed.
 * An article that kills its thread (out of memory, a crash no guard catches) is left out with a
 * warning naming its file, and a new thread takes the rest; a thread that cannot start fails the
 * run. Results from threads have their strings made one copy per distinct text (intern.ts): a
 * clone carries its own copy of every label and name the lexicon shares in a single thread.
 */
export function runInWorkers(
  articles: (ArticleWork | undefined)[],
  options: PoolOptions,
): Promise<PartResult[]> {
  const { threads, data, onResult = () => {}, worker: script = WORKER, here } = options;
  const total = articles.length;
  const results: PartResult[] = new Array<PartResult>(total);
  if (!total) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    const strings = new Map<string, string>();
    /** Articles to hand out: a lost thread's unstarted ones first, then the next in order. */
    const retry: number[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    let anyReady = false;
    const take = (): number | undefined => retry.pop() ?? (next < total ? next++ : undefined);
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of live) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const record = (index: number, result: PartResult) => {
      results[index] = result;
      articles[index] = undefined;
      done++;
      onResult(index, result);
      if (done === total) finish();
    };
    const spawn = () => {
      const worker = new Worker(boot(script), {
        eval: true,
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
      });
      live.add(worker);
      let ready = false;
      /** The articles sent and not answered, in the order the thread works on them. */
      const held: number[] = [];
      const feed = () => {
        while (!settled && held.length < IN_FLIGHT) {
          const index = take();
          if (index === undefined) break;
          held.push(index);
          worker.postMessage({ index, article: articles[index] as ArticleWork } satisfies ToWorker);
        }
        if (!held.length) {
          live.delete(worker);
          void worker.terminate();
        }
      };
      const lost = (reason: string) => {
        if (!live.delete(worker) || settled) return;
        if (!ready)
          return finish(new WorkerStartError(`a worker thread could not start: ${reason}`));
        const [broken, ...unstarted] = held.splice(0);
        retry.push(...unstarted.reverse());
        if (broken !== undefined) {
          const file = articles[broken]?.file ?? "";
          record(broken, lostArticle(file, reason));
        }
        if (!settled) spawn();
      };
      worker.on("message", (message: ToPool) => {
        if (message.kind === "ready") ready = anyReady = true;
        else {
          held.splice(held.indexOf(message.index), 1);
          const file = articles[message.index]?.file ?? "";
          record(
            message.index,
            message.kind === "done"
              ? (internStrings(message.result, strings) as PartResult)
              : lostArticle(file, message.reason),
          );
        }
        feed();
      });
      worker.on("error", (error) => lost(`${error.name}: ${error.message}`));
      worker.on("exit", (code) => lost(`exit code ${code}`));
    };
    for (let i = 0; i < Math.min(threads, total); i++) spawn();
    // Until a thread is ready, this one works, an article at a time, reading messages in between.
    const workHere = async (work: (article: ArticleWork) => Promise<PartResult>) => {
      while (!settled && !anyReady) {
        const index = take();
        if (index === undefined) return;
        record(index, await work(articles[index] as ArticleWork));
        await new Promise((go) => setImmediate(go));
      }
    };
    if (here)
      workHere(here).catch((error: unknown) =>
        finish(error instanceof Error ? error : new Error(String(error))),
      );
  });
}
