import type { PipelineState, Stage } from "./types.ts";
import { readStage } from "./stages/01-read.ts";
import { cleanStage } from "./stages/02-clean.ts";
import { segmentStage } from "./stages/03-segment.ts";
import { timeStage } from "./stages/04-time.ts";
import { actorsStage } from "./stages/05-actors.ts";
import { eventsStage } from "./stages/06-events.ts";
import { topicsStage } from "./stages/07-topics.ts";
import { mergeStage } from "./stages/08-merge.ts";
import { assembleStage } from "./stages/09-assemble.ts";

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
];

/** Runs every stage over the articles of `inDir`; pure apart from reading the input files. */
export async function runPipeline(inDir: string): Promise<PipelineState> {
  let state: PipelineState = { inDir, articles: [], merged: [], warnings: [], skipped: 0 };
  for (const stage of STAGES) state = await stage.run(state);
  return state;
}
