import { existsSync } from "node:fs";
import { correctDataset } from "../corrections/correct.ts";
import { loadCorrections } from "../corrections/load.ts";
import type { PipelineState, Stage } from "../types.ts";

/** Corrections that must not be published: invalid entries or entries that conflict. */
export class CorrectionsError extends Error {
  constructor(readonly problems: string[]) {
    super(`corrections: ${problems.length} problem(s), nothing written:\n${problems.join("\n")}`);
    this.name = "CorrectionsError";
  }
}

/**
 * The last stage: applies the researcher's corrections (corrections/*.json) to the assembled
 * documents, before validation and the atomic write. An entry whose event is gone or changed
 * is a warning naming its file and line and is left unapplied; invalid or conflicting entries
 * stop the run (CorrectionsError), so the previous dataset stays as it was. Without a
 * corrections folder the documents pass through untouched, byte for byte.
 */
export const correctionsStage: Stage = {
  name: "corrections",
  run(state: PipelineState): PipelineState {
    const dir = state.correctionsDir;
    if (!dir || !existsSync(dir) || !state.output) return state;
    const loaded = loadCorrections(dir);
    const outcome = correctDataset(loaded, state.output.events, state.output.articles);
    if (outcome.errors.length) throw new CorrectionsError(outcome.errors);
    return {
      ...state,
      warnings: [
        ...state.warnings,
        ...outcome.unapplied.map(({ where, message }) => ({ file: where, message })),
      ],
      corrections: { applied: outcome.applied, unapplied: outcome.unapplied.length },
      output: { ...state.output, events: outcome.events },
    };
  },
};
