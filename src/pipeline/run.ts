import type { ArticleWork, PipelineState, Stage, Warning } from "./types.ts";
import { readStage } from "./stages/01-read.ts";
import { cleanStage } from "./stages/02-clean.ts";
import { segmentStage } from "./stages/03-segment.ts";
import { timeStage } from "./stages/04-time.ts";
import { actorsStage } from "./stages/05-actors.ts";
import { eventsStage } from "./stages/06-events.ts";
import { topicsStage } from "./stages/07-topics.ts";
import { mergeStage } from "./stages/08-merge.ts";
import { assembleStage } from "./stages/09-assemble.ts";
import { correctionsStage } from "./stages/10-corrections.ts";
import { keepValidOutput } from "./guard/valid-output.ts";
import { runArticlePart, type PartResult } from "./parallel/article-part.ts";
import { leanArticle } from "./parallel/lean-article.ts";
import { runInWorkers } from "./parallel/pool.ts";

/** The one place that decides stage order. */
export const STAGES: readonly Stage[] = [
  readStage,
  cleanStage,
  segmentStage,
  timeStage,
  actorsStage,
  eventsStage,
  topicsStage,
  mergeStage,
  assembleStage,
  correctionsStage,
];

/**
 * Fewer articles than this are not worth threads: starting one (loading the stages and compiling
 * the lexicon) takes about as long as this thread needs for a few hundred articles.
 */
export const PARALLEL_MIN_ARTICLES = 200;

/** Where a run is: after a stage, or after a batch of articles went through the per-article stages. */
export interface Progress {
  /** The stage just finished, or the per-article stages' names joined by "+" for a batch. */
  stage: string;
  /** Articles through it so far, of `total`. */
  done: number;
  total: number;
  /** Milliseconds each stage took (for a batch: on that batch). */
  ms: Record<string, number>;
  /** Threads doing the work: 1 in this thread, more when worker threads run the articles. */
  threads: number;
}

export interface RunOptions {
  /**
   * Keep of each article only what merging and assembling read once it is through the
   * per-article stages (its input text, sentences and quotation spans are dropped), and run
   * those stages a batch of articles at a time: what the CLI needs, in memory that grows with
   * the output rather than with every stage's work. Off by default so tests can inspect it all.
   */
  lean?: boolean;
  /**
   * Articles per batch in a lean run. One by default: an article's scratch work then dies young
   * (before the garbage collector promotes it), which keeps the heap near what is kept.
   */
  batch?: number;
  /**
   * Worker threads for the per-article stages of a lean run; 1 (the default) runs them in this
   * thread. Runs of fewer than `parallelFrom` articles stay in this thread whatever it says.
   */
  workers?: number;
  /** The fewest articles worth threads: PARALLEL_MIN_ARTICLES unless a test asks for fewer. */
  parallelFrom?: number;
  onProgress?: (progress: Progress) => void;
  /** The corrections folder to apply (stages/10-corrections.ts); none by default. */
  corrections?: string;
}

/**
 * Runs consecutive per-article stages over batches of articles in this thread, keeping `keep` of
 * each result. `pending` is cleared as it goes, so each batch's input (its raw text above all) can
 * be freed once done: the caller must hold no other reference to it.
 */
async function runSerial(
  state: PipelineState,
  pending: (ArticleWork | undefined)[],
  stages: readonly Stage[],
  batch: number,
  keep: (work: ArticleWork) => ArticleWork,
  onProgress: RunOptions["onProgress"],
): Promise<PipelineState> {
  const total = pending.length;
  const stage = stages.map((s) => s.name).join("+");
  const parts: PartResult[] = [];
  // A cursor, not splice: taking from the front of an array moves all the rest each time.
  for (let from = 0; from < total; from += batch) {
    const to = Math.min(total, from + batch);
    const articles = pending.slice(from, to) as ArticleWork[];
    pending.fill(undefined, from, to);
    const part = await runArticlePart(state, articles, stages, keep);
    parts.push(part);
    onProgress?.({ stage, done: to, total, ms: part.ms, threads: 1 });
  }
  return foldParts(state, parts, stages.length);
}

/** The same as runSerial with lean articles, one article per job, in worker threads (parallel/). */
async function runParallel(
  state: PipelineState,
  pending: ArticleWork[],
  fromStage: number,
  toStage: number,
  threads: number,
  onProgress: RunOptions["onProgress"],
): Promise<PipelineState> {
  const total = pending.length;
  const stages = STAGES.slice(fromStage, toStage);
  const stage = stages.map((s) => s.name).join("+");
  let done = 0;
  const data = { fromStage, toStage, inDir: state.inDir, correctionsDir: state.correctionsDir };
  const parts = await runInWorkers(pending, {
    threads,
    data,
    here: (article) => runArticlePart(state, [article], stages, leanArticle),
    onResult: (_, part) => onProgress?.({ stage, done: ++done, total, ms: part.ms, threads }),
  });
  return foldParts(state, parts, toStage - fromStage);
}

/**
 * The parts' articles in order, their warnings gathered per stage (so they come out in the order
 * a whole-corpus run gives), the guard's own (no date in the window, too many drafts, slow) last.
 */
function foldParts(state: PipelineState, parts: PartResult[], stageCount: number): PipelineState {
  const warnings: Warning[][] = Array.from({ length: stageCount + 1 }, () => []);
  const articles: ArticleWork[] = [];
  let skipped = state.skipped;
  for (const part of parts) {
    part.stageWarnings.forEach((w, i) => warnings[i]?.push(...w));
    warnings[stageCount]?.push(...part.guardWarnings);
    articles.push(...part.articles);
    skipped += part.skipped;
  }
  return { ...state, articles, warnings: [...state.warnings, ...warnings.flat()], skipped };
}

/**
 * Runs every stage over the articles of `inDir`; pure apart from reading the input files. Every
 * event and article of the output satisfies the contract (keepValidOutput left out any other).
 */
export async function runPipeline(inDir: string, options: RunOptions = {}): Promise<PipelineState> {
  const { lean = false, batch = 1, workers = 1, onProgress } = options;
  const { parallelFrom = PARALLEL_MIN_ARTICLES } = options;
  const correctionsDir = options.corrections;
  let state: PipelineState = {
    inDir,
    articles: [],
    merged: [],
    warnings: [],
    skipped: 0,
    correctionsDir,
  };
  for (let i = 0; i < STAGES.length; i++) {
    const stage = STAGES[i] as Stage;
    if (stage.perArticle) {
      let j = i;
      while (STAGES[j]?.perArticle) j++;
      const pending = state.articles;
      state = { ...state, articles: [] };
      const stages = STAGES.slice(i, j);
      if (lean && workers > 1 && pending.length >= parallelFrom)
        state = await runParallel(state, pending, i, j, workers, onProgress);
      else if (lean)
        state = await runSerial(state, pending, stages, batch, leanArticle, onProgress);
      else state = await runSerial(state, pending, stages, 1, (work) => work, onProgress);
      i = j - 1;
      continue;
    }
    const started = performance.now();
    state = await stage.run(state);
    const total = state.articles.length;
    const ms = { [stage.name]: performance.now() - started };
    onProgress?.({ stage: stage.name, done: total, total, ms, threads: 1 });
  }
  if (!state.output) return state;
  const valid = keepValidOutput(state.output);
  return { ...state, output: valid.output, warnings: [...state.warnings, ...valid.warnings] };
}
