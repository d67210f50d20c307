/**
 * A stand-in for article-worker.ts in the pool's tests: it answers each article with an empty
 * result, except that it dies (exit code 3) on an article whose file name contains "die", and
 * never starts at all when started with `inDir` "no-start".
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PartResult } from "../article-part.ts";
import type { ArticleWorkerData, ToPool, ToWorker } from "../messages.ts";

const port = parentPort;
if (!port) throw new Error("dying-worker.ts runs only as a worker thread");
if ((workerData as ArticleWorkerData).inDir === "no-start") throw new Error("cannot start");

port.on("message", (job: ToWorker) => {
  if (job.article.file.includes("die")) process.exit(3);
  const result: PartResult = {
    articles: [job.article],
    stageWarnings: [],
    guardWarnings: [],
    skipped: 0,
    ms: {},
  };
  port.postMessage({ kind: "done", index: job.index, result } satisfies ToPool);
});
port.postMessage({ kind: "ready" } satisfies ToPool);
