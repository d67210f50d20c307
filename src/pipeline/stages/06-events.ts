import type { PipelineState, Stage } from "../types.ts";
import { draftEvents } from "../events/draft.ts";
import { attachQuotes } from "../events/quotes.ts";
import { typeDrafts } from "../events/type.ts";
import { fillMissingActors } from "../events/fallback-actors.ts";

/** Drafts each article's events from dated sentences and triggers, then attaches quotations. */
export const eventsStage: Stage = {
  name: "events",
  perArticle: true,
  run(state: PipelineState): PipelineState {
    let skipped = state.skipped;
    const articles = state.articles.map((work) => {
      const drafted = draftEvents(work);
      skipped += drafted.skipped;
      attachQuotes(work, drafted.events);
      fillMissingActors(work, drafted.events);
      return { ...work, events: typeDrafts(drafted.events) };
    });
    return { ...state, articles, skipped };
  },
};
