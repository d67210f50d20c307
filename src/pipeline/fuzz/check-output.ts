import {
  findCrossReferenceProblems,
  parseArticlesDocument,
  parseEventsDocument,
} from "../../dataset/index.ts";
import type { PipelineState } from "../types.ts";

/** What a fuzzed run showed: broken promises (`problems`), and the guards' interventions. */
export interface RunCheck {
  /**
   * What must never happen, whatever the input: a stage throwing (the guard kept the run, but
   * the pipeline threw), published documents that break the contract, a span that is not the
   * exact slice of its article's text, or ids that repeat.
   */
  problems: string[];
  /**
   * Events or articles the output guard (guard/valid-output.ts) had to leave out because the
   * extraction made them invalid: the published data is sound, but each is an extraction bug.
   */
  guarded: string[];
}

export function checkRun(state: PipelineState): RunCheck {
  const named = (w: { file: string; message: string }) => `${w.file}: ${w.message}`;
  const problems = state.warnings
    .filter((w) => / stage failed |^left out: (?!file is|HTML nested)/.test(w.message))
    .map(named);
  const guarded = state.warnings.filter((w) => /^event ".*" left out: /.test(w.message)).map(named);
  if (!state.output) {
    if (state.articles.length) problems.push("articles read but no output");
    return { problems, guarded };
  }
  try {
    const events = parseEventsDocument(state.output.events);
    const articles = parseArticlesDocument(state.output.articles);
    problems.push(...findCrossReferenceProblems(events, articles));
    const ids = new Set(articles.articles.map((a) => a.id));
    if (ids.size !== articles.articles.length) problems.push("duplicate article id");
  } catch (err) {
    problems.push((err as Error).message);
  }
  return { problems, guarded };
}
