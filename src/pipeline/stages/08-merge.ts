import type { EventDraft, MergedEvent, PipelineState, Stage } from "../types.ts";
import { sameEvent } from "../merge/compatible.ts";

/**
 * Joins drafts that report one real-world event: first within an article (a sentence saying
 * "today" and another describing the same meeting), then across articles (two outlets on one
 * summit). Drafts are visited in article order, so the result does not depend on file order
 * beyond that sort, and an unrelated article never changes another event's members.
 */
export const mergeStage: Stage = {
  name: "merge",
  run(state: PipelineState): PipelineState {
    const drafts: EventDraft[] = state.articles.flatMap((a) => a.events);
    const merged: MergedEvent[] = [];
    for (const d of drafts) {
      const home = merged.find((m) => sameEvent(m, d));
      if (home) home.drafts.push(d);
      else merged.push({ drafts: [d] });
    }
    return { ...state, merged };
  },
};
