import type { TopicId } from "../../dataset/index.ts";
import type { EventDraft } from "../types.ts";
import { selectTopics, sumWeights } from "./weigh.ts";

/** From this many reporting articles on, a topic must be named by a share of them. */
const MANY_REPORTS = 3;
/** The share of an event's articles that must name a topic when many report it. */
const SHARED_BY = 0.5;

/**
 * The topics of one event told by several reports. Their weights are summed, so a topic two
 * reports mention in passing is talked about (weigh.ts); but when many articles report the event,
 * a topic only a few of them name is what those few also wrote about, not the event's: it must be
 * named by at least half of the articles. If no topic is (reports that name none dilute every
 * share), the topics named by the most articles stand, and the summed choice when each is named
 * by one.
 */
export function mergedTopics(
  drafts: readonly Pick<EventDraft, "articleId" | "topicWeights">[],
): TopicId[] {
  const summed = selectTopics(sumWeights(drafts.map((d) => d.topicWeights ?? {})));
  const articles = [...new Set(drafts.map((d) => d.articleId))];
  if (articles.length < MANY_REPORTS) return summed;
  const naming = articlesNaming(drafts, summed);
  const count = (t: TopicId) => naming.get(t)?.size ?? 0;
  const shared = summed.filter((t) => count(t) >= SHARED_BY * articles.length);
  if (shared.length) return shared;
  const most = Math.max(0, ...summed.map(count));
  return summed.filter((t) => count(t) === most);
}

/** For each of `topics`, the articles with a draft that names it: one pass over the drafts. */
function articlesNaming(
  drafts: readonly Pick<EventDraft, "articleId" | "topicWeights">[],
  topics: readonly TopicId[],
): Map<TopicId, Set<string>> {
  const naming = new Map(topics.map((t) => [t, new Set<string>()]));
  for (const d of drafts)
    for (const [t, articles] of naming)
      if ((d.topicWeights?.[t] ?? 0) > 0) articles.add(d.articleId);
  return naming;
}
