import type { Article, LightEvent } from "../../../dataset/index.ts";
import { corroborationOf } from "../../../lib/evidence/corroboration.ts";
import { topicKeysOf, type TopicKey } from "./topic-filter.ts";

/**
 * What the filters ask of an event, worked out once when the dataset loads so that each filter
 * change is one cheap pass (this is what keeps 100,000 events responsive).
 */
export interface IndexedEvent {
  event: LightEvent;
  topicKeys: readonly TopicKey[];
  actors: readonly string[];
  /** The outlets of the event's source articles (articles.json `outlet`), without repeats. */
  outlets: readonly string[];
}

export function indexEvents(
  events: readonly LightEvent[],
  listedTopics: ReadonlySet<string>,
  articleById: ReadonlyMap<string, Pick<Article, "outlet">>,
): IndexedEvent[] {
  return events.map((event) => ({
    event,
    topicKeys: topicKeysOf(event, listedTopics),
    actors: [...new Set(event.actors.map((a) => a.name))],
    outlets: corroborationOf(event, articleById).outlets,
  }));
}
