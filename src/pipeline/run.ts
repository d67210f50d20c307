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
import { guardedStages, slowArticleWarning } from "./guard/article-stages.ts";
import { capDrafts } from "./guard/draft-cap.ts";
import { outsideWindowWarning } from "./guard/outside-window.ts";
import { keepValidOutput } from "./guard/valid-output.ts";

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

/** Where a run is: after a stage, or after a batch of articles went through the per-article stages. */
export interface Progress {
  /** The stage just finished, or the per-article stages' names joined by "+" for a batch. */
  stage: string;
  /** Articles through it so far, of `total`. */
  done: number;
  total: number;
  /** Milliseconds each stage took (for a batch: on that batch). */
  ms: Record<string, number>;
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
  onProgress?: (progress: Progress) => void;
  /** The corrections folder to apply (stages/10-corrections.ts); none by default. */
  corrections?: string;
}

/**
 * A copy of a string that shares no memory with it. A short string cut from a long one (a title
 * from the input page) is a view that keeps the whole page alive.
 */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** What merging and assembling need of an article; the rest is the stages' scratch work. */
function leanArticle(work: ArticleWork): ArticleWork {
  const { title, outlet, byline, dateline, url, published } = work;
  return {
    ...work,
    raw: "",
    hints: {},
    paragraphs: [],
    sentences: [],
    quotes: [],
    title: own(title),
    outlet: own(outlet),
    byline: own(byline),
    ...(dateline === undefined ? {} : { dateline: own(dateline) }),
    ...(url === undefined ? {} : { url: own(url) }),
    ...(published ? { published: { ...published, value: own(published.value) } } : {}),
  };
}

/**
 * Runs consecutive per-article stages over batches of articles, each under a guard (an article
 * whose work throws is left out with a warning naming it), keeping `keep` of each result.
 * `pending` is emptied as it goes, so each batch's input (its raw text above all) can be freed
 * once done: the caller must hold no other reference to it. Warnings are gathered per stage, so
 * they come out in the order the whole-corpus run gives; the guard's own (no date in the window,
 * too many drafts, slow) come last.
 */
async function runBatched(
  state: PipelineState,
  pending: ArticleWork[],
  stages: readonly Stage[],
  batch: number,
  keep: (work: ArticleWork) => ArticleWork,
  onProgress: RunOptions["onProgress"],
): Promise<PipelineState> {
  const total = pending.length;
  const articles: ArticleWork[] = [];
  const warnings: Warning[][] = [...stages.map(() => []), []];
  const guardWarnings = warnings[stages.length] as Warning[];
  let skipped = state.skipped;
  let done = 0;
  while (pending.length) {
    const part: PipelineState = {
      ...state,
      articles: pending.splice(0, batch),
      warnings: [],
      skipped: 0,
    };
    done += part.articles.length;
    const file = part.articles.length === 1 ? part.articles[0]?.file : undefined;
    const result = await guardedStages(part, stages);
    result.warnings.forEach((w, i) => warnings[i]?.push(...w));
    for (const a of result.state.articles) {
      const outside = outsideWindowWarning(a);
      if (outside) guardWarnings.push(outside);
      const capped = capDrafts(a);
      if (capped.warning) guardWarnings.push(capped.warning);
      articles.push(keep(capped.work));
    }
    const slow = file === undefined ? undefined : slowArticleWarning(file, result.ms);
    if (slow) guardWarnings.push(slow);
    skipped += result.state.skipped;
    onProgress?.({ stage: stages.map((s) => s.name).join("+"), done, total, ms: result.ms });
  }
  return { ...state, articles, warnings: [...state.warnings, ...warnings.flat()], skipped };
}

/** Runs every stage over the articles of `inDir`; pure apart from reading the input files. */
export async function runPipeline(inDir: string, options: RunOptions = {}): Promise<PipelineState> {
  const { lean = false, batch = 1, onProgress } = options;
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
      state = lean
        ? await runBatched(state, pending, stages, batch, leanArticle, onProgress)
        : await runBatched(state, pending, stages, 1, (work) => work, onProgress);
      i = j - 1;
      continue;
    }
    const started = performance.now();
    state = await stage.run(state);
    const total = state.articles.length;
    const ms = { [stage.name]: performance.now() - started };
    onProgress?.({ stage: stage.name, done: total, total, ms });
  }
  if (!state.output) return state;
  const valid = keepValidOutput(state.output);
  return { ...state, output: valid.output, warnings: [...state.warnings, ...valid.warnings] };
}
