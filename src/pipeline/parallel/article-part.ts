import type { ArticleWork, PipelineState, Stage, Warning } from "../types.ts";
import { guardedStages, slowArticleWarning } from "../guard/article-stages.ts";
import { capDrafts } from "../guard/draft-cap.ts";
import { outsideWindowWarning } from "../guard/outside-window.ts";

/** What the per-article stages gave for some articles, before it is folded into the run. */
export interface PartResult {
  articles: ArticleWork[];
  /** The warnings each stage added, by stage index. */
  stageWarnings: Warning[][];
  /** The guard's own: no date in the window, too many drafts, slow. */
  guardWarnings: Warning[];
  skipped: number;
  /** Milliseconds each stage took on these articles. */
  ms: Record<string, number>;
}

/**
 * Runs consecutive per-article stages over a few articles under the guard (an article whose work
 * throws is left out with a warning naming it) and keeps `keep` of each result. The same function
 * serves a run in this thread and each job of a worker thread, so both give the same result.
 */
export async function runArticlePart(
  state: PipelineState,
  articles: ArticleWork[],
  stages: readonly Stage[],
  keep: (work: ArticleWork) => ArticleWork,
): Promise<PartResult> {
  const part: PipelineState = { ...state, articles, warnings: [], skipped: 0 };
  const file = articles.length === 1 ? articles[0]?.file : undefined;
  const result = await guardedStages(part, stages);
  const guardWarnings: Warning[] = [];
  const kept: ArticleWork[] = [];
  for (const a of result.state.articles) {
    const outside = outsideWindowWarning(a);
    if (outside) guardWarnings.push(outside);
    const capped = capDrafts(a);
    if (capped.warning) guardWarnings.push(capped.warning);
    kept.push(keep(capped.work));
  }
  const slow = file === undefined ? undefined : slowArticleWarning(file, result.ms);
  if (slow) guardWarnings.push(slow);
  return {
    articles: kept,
    stageWarnings: result.warnings,
    guardWarnings,
    skipped: result.state.skipped,
    ms: result.ms,
  };
}
