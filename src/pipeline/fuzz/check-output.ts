import {
  findCrossReferenceProblems,
  parseArticlesDocument,
  parseEventsDocument,
} from "../../dataset/index.ts";
import type { PipelineState } from "../types.ts";

/**
 * What must hold of any run's output, whatever the input: both documents follow the contract,
 * every span is the exact slice of its article's text, and event ids are unique (the cross-
 * reference check covers both). Returns the problems; none means the output is sound.
 */
export function outputProblems(state: PipelineState): string[] {
  // The guards in run.ts keep one article's failure from costing the run; a fuzzed input must
  // not need them: a stage that throws, or output the guard had to cut, is a finding.
  const guarded = state.warnings
    .filter((w) => / stage failed |^event ".*" left out: |^left out: /.test(w.message))
    .map((w) => `${w.file}: ${w.message}`);
  if (!state.output)
    return [...guarded, ...(state.articles.length ? ["articles read but no output"] : [])];
  try {
    const events = parseEventsDocument(state.output.events);
    const articles = parseArticlesDocument(state.output.articles);
    const problems = findCrossReferenceProblems(events, articles);
    const ids = new Set(articles.articles.map((a) => a.id));
    if (ids.size !== articles.articles.length) problems.push("duplicate article id");
    return [...guarded, ...problems];
  } catch (err) {
    return [(err as Error).message];
  }
}
