import { TOPIC_IDS, type TopicId } from "../../dataset/index.ts";
import type { ArticleWork, PipelineState, Stage } from "../types.ts";
import { TOPIC_ANAPHORA, TOPIC_LEXICON } from "../lexicon/topics.ts";

/** Topics a text matches directly. */
export function topicsOf(text: string): Set<TopicId> {
  const out = new Set<TopicId>();
  for (const id of TOPIC_IDS) if (TOPIC_LEXICON[id].test(text)) out.add(id);
  return out;
}

function topicsForArticle(work: ArticleWork): ArticleWork {
  // Each sentence's topics, with "the issue" inheriting the topics of the sentence before.
  const bySentence: Set<TopicId>[] = [];
  work.sentences.forEach((s, i) => {
    const own = topicsOf(s.text);
    if (TOPIC_ANAPHORA.test(s.text) && i > 0) for (const t of bySentence[i - 1] ?? []) own.add(t);
    bySentence.push(own);
  });
  const events = work.events.map((e) => {
    const topics = new Set<TopicId>();
    for (const i of e.sentenceIdx) for (const t of bySentence[i] ?? []) topics.add(t);
    for (const q of e.quotes) for (const t of topicsOf(q.text)) topics.add(t);
    return { ...e, topics: TOPIC_IDS.filter((t) => topics.has(t)) };
  });
  return { ...work, events };
}

/** Tags each event with the topics its evidence and quotations name (lexicon/topics.ts). */
export const topicsStage: Stage = {
  name: "topics",
  run: (state: PipelineState) => ({ ...state, articles: state.articles.map(topicsForArticle) }),
};
