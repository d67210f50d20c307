import type { ArticleWork } from "../types.ts";
import type { PartResult } from "./article-part.ts";

/** What a worker is started with: which of run.ts's STAGES to run, and the run's folders. */
export interface ArticleWorkerData {
  fromStage: number;
  toStage: number;
  inDir: string;
  correctionsDir?: string;
}

/** One job: an article and its place in the run's order. */
export interface ToWorker {
  index: number;
  article: ArticleWork;
}

/** A worker's answers: loaded, an article done, or an error outside the stages' own guard. */
export type ToPool =
  | { kind: "ready" }
  | { kind: "done"; index: number; result: PartResult }
  | { kind: "failed"; index: number; reason: string };
