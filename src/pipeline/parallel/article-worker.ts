/**
 * A worker thread's side of a parallel run (pool.ts): it runs the per-article stages on one
 * article at a time, exactly as the main thread would (runArticlePart), and posts back the lean
 * result. Started with the stages to run and the run's folders; it says "ready" once its modules
 * (and the lexicon they compile) are loaded, so a thread that cannot start is told apart from an
 * article that breaks one.
 */
import { parentPort, workerData } from "node:worker_threads";
import { STAGES } from "../run.ts";
import type { ArticleWork } from "../types.ts";
import { runArticlePart } from "./article-part.ts";
import { leanArticle } from "./lean-article.ts";
import type { ArticleWorkerData, ToPool, ToWorker } from "./messages.ts";

const data = workerData as ArticleWorkerData;
const stages = STAGES.slice(data.fromStage, data.toStage);
const base = { inDir: data.inDir, correctionsDir: data.correctionsDir, merged: [] };
const port = parentPort;
if (!port) throw new Error("article-worker.ts runs only as a worker thread");

port.on("message", (job: ToWorker) => {
  const article: ArticleWork = job.article;
  void runArticlePart(
    { ...base, articles: [], warnings: [], skipped: 0 },
    [article],
    stages,
    leanArticle,
  )
    .then((result) => port.postMessage({ kind: "done", index: job.index, result } satisfies ToPool))
    .catch((err: unknown) =>
      port.postMessage({ kind: "failed", index: job.index, reason: String(err) } satisfies ToPool),
    );
});
port.postMessage({ kind: "ready" } satisfies ToPool);
