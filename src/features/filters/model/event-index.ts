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
    actors: actorNamesOf(event.actors),
    outlets: corroborationOf(event, articleById).outlets,
  }));
}

/** The index gives events with the same actors one list: their names are worked out once. */
const namesByActors = new WeakMap<readonly { name: string }[], readonly string[]>();

function actorNamesOf(actors: readonly { name: string }[]): readonly string[] {
  let names = namesByActors.get(actors);
  if (!names)
    namesByActors.set(actors, (names = Object.freeze([...new Set(actors.map((a) => a.name))])));
  return names;
}
