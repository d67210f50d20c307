import type { ArticleWork, PipelineState, Stage, Warning } from "../types.ts";
import { excerpt } from "../util/printable.ts";

/** An article's work through one stage took longer than this: worth a line naming it. */
export const SLOW_ARTICLE_MS = 3000;

/** What running the per-article stages over some articles gave. */
export interface StagesResult {
  state: PipelineState;
  /** The warnings each stage added, by stage index. */
  warnings: Warning[][];
  /** Milliseconds each stage took. */
  ms: Record<string, number>;
}

async function runStages(part: PipelineState, stages: readonly Stage[]): Promise<StagesResult> {
  const warnings: Warning[][] = stages.map(() => []);
  const ms: Record<string, number> = {};
  let state = part;
  for (const [i, stage] of stages.entries()) {
    const before = state.warnings.length;
    const started = performance.now();
    try {
      state = await stage.run(state);
    } catch (err) {
      throw new StageFailure(i, stage.name, err);
    }
    ms[stage.name] = performance.now() - started;
    warnings[i]?.push(...state.warnings.slice(before));
  }
  return { state, warnings, ms };
}

class StageFailure extends Error {
  constructor(
    readonly stageIndex: number,
    readonly stageName: string,
    readonly error: unknown,
  ) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    super(`${stageName} stage failed (${excerpt(reason)}); article left out`);
  }
}

/**
 * Runs per-article stages over a batch of articles so that one article's failure costs only that
 * article: a stage that throws on a batch (a library error, a stack overflow on a pathological
 * text) is run again one article at a time, and the article that fails alone is left out with a
 * warning naming its file, the stage and the error. `part.warnings` must start empty.
 */
export async function guardedStages(
  part: PipelineState,
  stages: readonly Stage[],
): Promise<StagesResult> {
  try {
    return await runStages(part, stages);
  } catch (err) {
    if (!(err instanceof StageFailure)) throw err;
    if (part.articles.length > 1) return oneByOne(part, stages);
    const file = part.articles[0]?.file ?? part.inDir;
    const warnings: Warning[][] = stages.map(() => []);
    warnings[err.stageIndex]?.push({ file, message: err.message });
    return { state: { ...part, articles: [] }, warnings, ms: {} };
  }
}

async function oneByOne(part: PipelineState, stages: readonly Stage[]): Promise<StagesResult> {
  const articles: ArticleWork[] = [];
  const warnings: Warning[][] = stages.map(() => []);
  const ms: Record<string, number> = {};
  let skipped = 0;
  for (const article of part.articles) {
    const one = await guardedStages({ ...part, articles: [article], skipped: 0 }, stages);
    articles.push(...one.state.articles);
    skipped += one.state.skipped;
    one.warnings.forEach((w, i) => warnings[i]?.push(...w));
    for (const [name, t] of Object.entries(one.ms)) ms[name] = (ms[name] ?? 0) + t;
  }
  return { state: { ...part, articles, skipped }, warnings, ms };
}

/** A warning for an article whose stages took long, naming the slowest: a bound to look at. */
export function slowArticleWarning(file: string, ms: Record<string, number>): Warning | undefined {
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  if (total < SLOW_ARTICLE_MS) return undefined;
  const [slowest, t] = Object.entries(ms).sort((a, b) => b[1] - a[1])[0] ?? ["?", 0];
  return {
    file,
    message: `took ${(total / 1000).toFixed(1)} s to process, ${(t / 1000).toFixed(1)} s of it in the ${slowest} stage`,
  };
}
