import type { TopicId } from "../topics.ts";
import type { Article, RemovedEvent, TimelineEvent } from "../types.ts";

/**
 * The compact index the app draws from (README, "The index and its chunks"): what the timeline,
 * the filters, the counts, the list rows and story mode need, one array per field, names kept
 * once in tables and referred to by position. Everything else of an event (summary, quotes,
 * evidence, roles, location, correction marks) and every article's text is in chunks fetched
 * when asked for. The contract documents (events.json, articles.json) stay as they are.
 */
export const INDEX_FILE = "index.json";
/** The folder beside index.json holding the chunks. */
export const DETAILS_FOLDER = "details";
export const INDEX_FORMAT = "dialogue-timeline-index";
export const CHUNK_FORMAT = "dialogue-timeline-chunk";
export const INDEX_FORMAT_VERSION = 2;

/** Events per details chunk: small enough to fetch for one selection, few files at 100,000. */
export const EVENTS_PER_CHUNK = 1000;
/** Article chunks are filled up to about this many characters of text (one article at least). */
export const ARTICLE_CHUNK_CHARS = 256 * 1024;

/** `events.precision` and `events.status` hold a position in these lists. */
export const PRECISIONS = ["day", "month", "year"] as const;
export const STATUSES = ["occurred", "planned"] as const;

export interface IndexedActor {
  name: string;
  /** ISO 3166-1 alpha-3, as in the contract: the timeline's country lanes read it. */
  country?: string;
}

export interface IndexedType {
  cameo: string;
  label: string;
}

/**
 * A list of numbers per event, flat: event i's entries are the `counts[i]` values that follow
 * those of the events before it. Two arrays of numbers parse several times faster than 100,000
 * small arrays, and are what the worker keeps them as (offsets and values).
 */
export interface FlatLists {
  counts: number[];
  values: number[];
}

/**
 * One array per field, all as long as `id` (the lists: their `counts`); position i of each is
 * event i of events.json.
 */
export interface IndexedEventColumns {
  id: string[];
  title: string[];
  /** First day of `date.value`'s period, in days since 1970-01-01 (UTC). */
  start: number[];
  /** `date.end` (the last day, inclusive) in days since 1970-01-01, or null when not given. */
  end: (number | null)[];
  /** Positions in PRECISIONS. */
  precision: number[];
  /** Positions in STATUSES. */
  status: number[];
  /** Positions in `tables.types`. */
  type: number[];
  /** Positions in `tables.topics`, in the event's order. */
  topics: FlatLists;
  /** Positions in `tables.actors`, in the event's order. */
  actors: FlatLists;
  /** One position in `articles` per source of the event, in its order. */
  sources: FlatLists;
  confidence: number[];
}

/** The articles the sources point at, with the outlet each counts for and where its text is. */
export interface IndexedArticleColumns {
  id: string[];
  /** Positions in `tables.outlets`, or -1 when the article names no outlet. */
  outlet: number[];
  /** Positions in `chunks.articles`, or -1 for an article articles.json does not hold. */
  chunk: number[];
}

export interface EventIndexDocument {
  format: typeof INDEX_FORMAT;
  formatVersion: typeof INDEX_FORMAT_VERSION;
  /** The contract's schemaVersion of the documents indexed. */
  schemaVersion: 1;
  /** events.json's `version`, when it has one: every chunk carries the same. */
  version?: string;
  window: { start: string; end: string };
  topics: { id: TopicId; label: string }[];
  /** Whether a researcher's correction changed, added or removed any event. */
  corrected: boolean;
  tables: {
    topics: TopicId[];
    actors: IndexedActor[];
    types: IndexedType[];
    outlets: string[];
  };
  events: IndexedEventColumns;
  /**
   * Every position in `events` once, in reading order (by date, last day, title and id: see
   * chronology.ts), so that the app does not sort 100,000 events before it draws them.
   */
  order: number[];
  articles: IndexedArticleColumns;
  chunks: {
    /** Event i's details are in `events[Math.floor(i / eventsPerChunk)]`. */
    eventsPerChunk: number;
    events: string[];
    articles: string[];
    /** The events corrections removed (events.json `removed`). */
    removed: string;
  };
}

interface ChunkHead {
  format: typeof CHUNK_FORMAT;
  version?: string;
}

/** Events of events.json, whole, from position `first` on. */
export interface EventChunkDocument extends ChunkHead {
  first: number;
  events: TimelineEvent[];
}

/** Articles of articles.json, whole. */
export interface ArticleChunkDocument extends ChunkHead {
  articles: Article[];
}

export interface RemovedChunkDocument extends ChunkHead {
  removed: RemovedEvent[];
}

/** Names of the chunk files, relative to the folder of index.json. */
export const eventChunkName = (n: number) =>
  `${DETAILS_FOLDER}/events-${String(n).padStart(3, "0")}.json`;
export const articleChunkName = (n: number) =>
  `${DETAILS_FOLDER}/articles-${String(n).padStart(3, "0")}.json`;
export const REMOVED_CHUNK = `${DETAILS_FOLDER}/removed.json`;
