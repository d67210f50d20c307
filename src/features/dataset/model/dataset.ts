import {
  articleOutlets,
  chronologicalOf,
  sortChronologically,
  lightEventsOf,
  type IndexTransfer,
  type LightEvent,
} from "../../../dataset/event-index/index.ts";
import type {
  Article,
  ArticlesDocument,
  EventsDocument,
  TimelineEvent,
} from "../../../dataset/index.ts";
import type { DatasetSource } from "./source.ts";

/** events.json as the index gives it: its window and topics, and each event's light form. */
export interface LightDocument {
  schemaVersion: 1;
  version?: string | undefined;
  window: EventsDocument["window"];
  topics: EventsDocument["topics"];
  events: LightEvent[];
}

/** An article as the index knows it: the outlet it counts for, and the chunk holding its text. */
export interface IndexedArticle {
  outlet: string;
  /** Position in the index's article chunks; -1 for an article articles.json does not hold. */
  chunk: number;
}

/** Both documents whole (every chunk loaded), for what needs everything: export, About, corrections. */
export interface WholeDataset {
  events: EventsDocument;
  articles: ArticlesDocument;
  eventById: ReadonlyMap<string, TimelineEvent>;
  articleById: ReadonlyMap<string, Article>;
}

/**
 * What the page draws from: the index's light events with the outlets their sources count for.
 * An event's details and the articles' texts are in chunks, fetched when asked for
 * (hooks/use-event-details.ts, hooks/use-whole-dataset.ts).
 */
export interface Dataset {
  events: LightDocument;
  /** The same events in reading order (details/model/chronology.ts): the index's `order`. */
  chronological: readonly LightEvent[];
  articleById: ReadonlyMap<string, IndexedArticle>;
  /** How many articles articles.json holds, and how many distinct outlets they name. */
  articleCount: number;
  outletCount: number;
  /** Whether a researcher's correction changed, added or removed any event. */
  corrected: boolean;
  /** Event i of events.json has its details in chunk Math.floor(i / eventsPerChunk). */
  eventsPerChunk: number;
  /**
   * Where an event is in events.json (its details chunk follows from it); undefined for an id
   * the dataset does not hold. The map behind it is built at the first question, not before the
   * first draw: a view without a selected event does not ask.
   */
  positionOf: (eventId: string) => number | undefined;
  /** Where the documents came from: citations, exports and the chunk requests name it. */
  source: DatasetSource;
  /** What is unsound in the data (duplicate ids, offsets that miss their text), if anything. */
  warning: string | undefined;
  /**
   * Set when the events shown are not those of the index (corrections=off shows the extraction
   * alone): their details are here rather than in the chunks.
   */
  whole?: WholeDataset;
}

/** Each event's position by id, the map made when first asked (100,000 entries take a while). */
export function lazyPositions(events: readonly { id: string }[]): Dataset["positionOf"] {
  let positions: Map<string, number> | undefined;
  return (eventId) => {
    if (!positions) {
      positions = new Map();
      for (let i = 0; i < events.length; i++) positions.set((events[i] as { id: string }).id, i);
    }
    return positions.get(eventId);
  };
}

export function createDataset(
  transfer: IndexTransfer,
  source: DatasetSource,
  warning?: string,
): Dataset {
  const { head } = transfer;
  const events = lightEventsOf(transfer);
  const chronological = chronologicalOf(transfer, events);
  const outlets = articleOutlets(transfer);
  const articleById = new Map<string, IndexedArticle>();
  const named = new Set<string>();
  let articleCount = 0;
  transfer.articles.id.forEach((id, i) => {
    const chunk = transfer.articles.chunk[i] ?? -1;
    const outlet = outlets.get(id)?.outlet ?? "";
    articleById.set(id, { outlet, chunk });
    if (chunk < 0) return;
    articleCount += 1;
    if (outlet) named.add(outlet);
  });
  return {
    events: {
      schemaVersion: head.schemaVersion,
      version: head.version,
      window: head.window,
      topics: head.topics,
      events,
    },
    chronological,
    articleById,
    articleCount,
    outletCount: named.size,
    corrected: head.corrected,
    eventsPerChunk: head.chunks.eventsPerChunk,
    positionOf: lazyPositions(events),
    source,
    warning,
  };
}

/** The dataset as a view of whole documents (corrections=off): details come from them. */
export function datasetOfWhole(base: Dataset, whole: WholeDataset): Dataset {
  return {
    ...base,
    events: { ...whole.events, events: whole.events.events },
    chronological: sortChronologically(whole.events.events),
    positionOf: lazyPositions(whole.events.events),
    whole,
  };
}

/** Both documents assembled from their chunks, in the order of events.json and articles.json. */
export function wholeDataset(
  index: Pick<LightDocument, "version" | "window" | "topics">,
  eventChunks: readonly (readonly TimelineEvent[])[],
  articleChunks: readonly (readonly Article[])[],
  removed: EventsDocument["removed"],
): WholeDataset {
  const stamp = index.version === undefined ? {} : { version: index.version };
  const events: EventsDocument = {
    schemaVersion: 1,
    ...stamp,
    window: index.window,
    topics: index.topics,
    events: eventChunks.flat(),
    ...(removed && removed.length > 0 ? { removed } : {}),
  };
  const articles: ArticlesDocument = { schemaVersion: 1, ...stamp, articles: articleChunks.flat() };
  return {
    events,
    articles,
    eventById: new Map(events.events.map((e) => [e.id, e])),
    articleById: new Map(articles.articles.map((a) => [a.id, a])),
  };
}
