import type { ArticleWork, PipelineState, Stage } from "../types.ts";
import { eventWeights, sentenceSubjects } from "../topics/evidence.ts";
import { selectTopics } from "../topics/weigh.ts";

function topicsForArticle(work: ArticleWork): ArticleWork {
  const subjects = sentenceSubjects(work);
  const events = work.events.map((e) => {
    const topicWeights = eventWeights(work, e, subjects);
    return { ...e, topicWeights, topics: selectTopics(topicWeights) };
  });
  return { ...work, events };
}

/**
 * Weighs each event's topics by its own evidence sentences and quotations (topics/evidence.ts)
 * and keeps the ones it is about (topics/weigh.ts); merging sums the weights of a cluster.
 */
export const topicsStage: Stage = {
  name: "topics",
  perArticle: true,
  run: (state: PipelineState) => ({ ...state, articles: state.articles.map(topicsForArticle) }),
};
