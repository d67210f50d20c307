import { TOPIC_IDS, type TopicId } from "../topics.ts";
import type { Article, ArticlesDocument, EventsDocument } from "../types.ts";
import { chronologicalOrder } from "./chronology.ts";
import { dayNumber } from "./day-number.ts";
import {
  ARTICLE_CHUNK_CHARS,
  CHUNK_FORMAT,
  EVENTS_PER_CHUNK,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  PRECISIONS,
  REMOVED_CHUNK,
  STATUSES,
  articleChunkName,
  eventChunkName,
  type ArticleChunkDocument,
  type EventChunkDocument,
  type EventIndexDocument,
  type FlatLists,
  type IndexedActor,
  type IndexedType,
  type RemovedChunkDocument,
} from "./format.ts";

/** The index and every chunk of one dataset, as written beside its contract documents. */
export interface BuiltIndex {
  index: EventIndexDocument;
  eventChunks: EventChunkDocument[];
  articleChunks: ArticleChunkDocument[];
  removed: RemovedChunkDocument;
}

/** Positions of values in a table that grows as new ones come: the same input, the same table. */
class Table<T> {
  readonly values: T[] = [];
  private readonly positions = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}
  at(value: T): number {
    const key = this.keyOf(value);
    let position = this.positions.get(key);
    if (position === undefined) {
      position = this.values.length;
      this.values.push(value);
      this.positions.set(key, position);
    }
    return position;
  }
}

/** Consecutive articles up to about ARTICLE_CHUNK_CHARS of text each (one at least). */
/** Appends one event's list to a flat column. */
function addList(column: FlatLists, list: readonly number[]): void {
  column.counts.push(list.length);
  for (const value of list) column.values.push(value);
}

function articleGroups(articles: readonly Article[]): Article[][] {
  const groups: Article[][] = [];
  let current: Article[] = [];
  let chars = 0;
  for (const article of articles) {
    if (current.length && chars + article.text.length > ARTICLE_CHUNK_CHARS) {
      groups.push(current);
      current = [];
      chars = 0;
    }
    current.push(article);
    chars += article.text.length;
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * Builds the index and the chunks of a dataset that satisfies the contract. Deterministic: table
 * positions follow first appearance in the documents' order, chunks follow that order too. The
 * pipeline writes the result; the app builds the same in memory for a dataset published with the
 * contract documents alone.
 */
export function buildEventIndex(events: EventsDocument, articles: ArticlesDocument): BuiltIndex {
  const version = events.version;
  const stamp = version === undefined ? {} : { version };
  const groups = articleGroups(articles.articles);
  const outlets = new Table<string>((o) => o);
  const articleColumns: EventIndexDocument["articles"] = { id: [], outlet: [], chunk: [] };
  const articlePosition = new Map<string, number>();
  const addArticle = (id: string, outlet: string, chunk: number) => {
    articlePosition.set(id, articleColumns.id.length);
    articleColumns.id.push(id);
    articleColumns.outlet.push(outlet ? outlets.at(outlet) : -1);
    articleColumns.chunk.push(chunk);
  };
  groups.forEach((group, chunk) => {
    for (const article of group) addArticle(article.id, article.outlet.trim(), chunk);
  });
  const articleAt = (id: string) => {
    if (!articlePosition.has(id)) addArticle(id, "", -1);
    return articlePosition.get(id) as number;
  };

  const topics = new Table<TopicId>((t) => t);
  for (const id of TOPIC_IDS) topics.at(id);
  const actors = new Table<IndexedActor>((a) => `${a.country ?? ""}\u0000${a.name}`);
  const types = new Table<IndexedType>((t) => `${t.cameo}\u0000${t.label}`);
  const columns: EventIndexDocument["events"] = {
    id: [],
    title: [],
    start: [],
    end: [],
    precision: [],
    status: [],
    type: [],
    topics: { counts: [], values: [] },
    actors: { counts: [], values: [] },
    sources: { counts: [], values: [] },
    confidence: [],
  };
  for (const event of events.events) {
    columns.id.push(event.id);
    columns.title.push(event.title);
    columns.start.push(dayNumber(event.date.value));
    columns.end.push(event.date.end === undefined ? null : dayNumber(event.date.end));
    columns.precision.push(PRECISIONS.indexOf(event.date.precision));
    columns.status.push(STATUSES.indexOf(event.status));
    columns.type.push(types.at({ cameo: event.type.cameo, label: event.type.label }));
    addList(
      columns.topics,
      event.topics.map((t) => topics.at(t)),
    );
    addList(
      columns.actors,
      event.actors.map((a) =>
        actors.at(
          a.country === undefined ? { name: a.name } : { name: a.name, country: a.country },
        ),
      ),
    );
    addList(
      columns.sources,
      event.sources.map((s) => articleAt(s.articleId)),
    );
    columns.confidence.push(event.confidence);
  }

  const eventChunks: EventChunkDocument[] = [];
  for (let first = 0; first < events.events.length; first += EVENTS_PER_CHUNK)
    eventChunks.push({
      format: CHUNK_FORMAT,
      ...stamp,
      first,
      events: events.events.slice(first, first + EVENTS_PER_CHUNK),
    });
  const removed = events.removed ?? [];
  const index: EventIndexDocument = {
    format: INDEX_FORMAT,
    formatVersion: INDEX_FORMAT_VERSION,
    schemaVersion: events.schemaVersion,
    ...stamp,
    window: events.window,
    topics: events.topics,
    corrected: removed.length > 0 || events.events.some((e) => e.corrections?.length),
    tables: {
      topics: topics.values,
      actors: actors.values,
      types: types.values,
      outlets: outlets.values,
    },
    events: columns,
    order: chronologicalOrder(events.events),
    articles: articleColumns,
    chunks: {
      eventsPerChunk: EVENTS_PER_CHUNK,
      events: eventChunks.map((_, n) => eventChunkName(n)),
      articles: groups.map((_, n) => articleChunkName(n)),
      removed: REMOVED_CHUNK,
    },
  };
  return {
    index,
    eventChunks,
    articleChunks: groups.map((group) => ({ format: CHUNK_FORMAT, ...stamp, articles: group })),
    removed: { format: CHUNK_FORMAT, ...stamp, removed },
  };
}
