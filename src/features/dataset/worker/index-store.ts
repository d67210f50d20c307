import type { Article, RemovedEvent, TimelineEvent } from "../../../dataset/index.ts";
import {
  buildEventIndex,
  checkChunkHead,
  checkEventIndex,
  INDEX_FILE,
  copyTransfer,
  toTransfer,
  type BuiltIndex,
  type EventIndexDocument,
  type IndexTransfer,
} from "../../../dataset/event-index/index.ts";
import { FetchJsonError } from "../../../lib/fetch-json.ts";
import { integrityWarning, mismatchedPair } from "../model/dataset-checks.ts";
import type { DatasetSource } from "../model/source.ts";

/**
 * The contract's checks (the schema, in zod/mini): loaded with the first chunk or contract
 * document to check, so the index, which has checks of its own, is drawn without them.
 */
const contract = () => import("../../../dataset/validate.ts");

/** Fetches and parses one JSON file, naming it in errors (lib/fetch-json's fetchJson). */
export type FetchFile = (url: string, fileName: string) => Promise<unknown>;

/** What the page can ask of a loaded dataset, whether it came with an index or without. */
export interface IndexStore {
  /** "index" when index.json was read; "contract" when it was built from the documents. */
  readonly from: "index" | "contract";
  /** What the index says besides its columns: window, topics, tables, chunk names, version. */
  readonly head: IndexTransfer["head"];
  /**
   * What is unsound in a dataset indexed here from its documents (duplicate ids, offsets that
   * miss their text), said once for whoever made it; a published index was checked when written.
   */
  readonly warning: string | undefined;
  /**
   * The index's columns for the page, typed arrays fresh each time (the page takes them over).
   * The store itself keeps only these columns, not the parsed file: lists of numbers held as
   * typed arrays rather than 300,000 small arrays.
   */
  transfer(): IndexTransfer;
  events(chunk: number): Promise<TimelineEvent[]>;
  articles(chunk: number): Promise<Article[]>;
  removed(): Promise<RemovedEvent[]>;
}

/** A dataset published with only the contract documents has no index: a 404, or a host's HTML. */
const hasNoIndex = (error: unknown) =>
  error instanceof FetchJsonError &&
  ((error.failure === "http" && error.status === 404) || error.failure === "html");

/** Where index.json of a source is: beside its events.json. */
export function indexLocation(source: DatasetSource): { url: string; name: string } {
  const url = new URL(INDEX_FILE, source.eventsUrl).href;
  return { url, name: source.custom === undefined ? INDEX_FILE : url };
}

/** The index read from index.json, its chunks fetched (and checked) when asked for. */
function publishedStore(
  document: EventIndexDocument,
  indexUrl: string,
  fetchFile: FetchFile,
  named: (url: string) => string,
): IndexStore {
  const columns = toTransfer(document);
  const index = columns.head;
  const chunk = async <T>(file: string, field: "events" | "articles" | "removed") => {
    const url = new URL(file, indexUrl).href;
    const name = named(url);
    return checkChunkHead(await fetchFile(url, name), name, field, index.version) as T[];
  };
  const inRange = (list: readonly string[], n: number, what: string) => {
    const file = list[n];
    if (file === undefined) throw new RangeError(`no ${what} chunk ${n} in the index`);
    return file;
  };
  return {
    from: "index",
    head: index,
    warning: undefined,
    transfer: () => copyTransfer(columns),
    events: async (n) => {
      const events = await chunk<TimelineEvent>(inRange(index.chunks.events, n, "event"), "events");
      // Whole contract events: checked as events.json's are, the chunk named in any error.
      const name = named(new URL(index.chunks.events[n] as string, indexUrl).href);
      const { parseEventsDocument } = await contract();
      return parseEventsDocument(
        { schemaVersion: 1, window: index.window, topics: index.topics, events },
        name,
      ).events;
    },
    articles: async (n) => {
      const articles = await chunk<Article>(
        inRange(index.chunks.articles, n, "article"),
        "articles",
      );
      const name = named(new URL(index.chunks.articles[n] as string, indexUrl).href);
      const { parseArticlesDocument } = await contract();
      return parseArticlesDocument({ schemaVersion: 1, articles }, name).articles;
    },
    removed: () => chunk<RemovedEvent>(index.chunks.removed, "removed"),
  };
}

/** The index built here from the contract documents; its chunks are slices held in memory. */
export function builtStore(built: BuiltIndex, warning?: string): IndexStore {
  const columns = toTransfer(built.index);
  const at = <T>(list: readonly T[], n: number, what: string) => {
    const item = list[n];
    if (item === undefined) throw new RangeError(`no ${what} chunk ${n} in the index`);
    return item;
  };
  return {
    from: "contract",
    head: columns.head,
    warning,
    transfer: () => copyTransfer(columns),
    events: (n) => Promise.resolve(at(built.eventChunks, n, "event").events),
    articles: (n) => Promise.resolve(at(built.articleChunks, n, "article").articles),
    removed: () => Promise.resolve(built.removed.removed),
  };
}

/**
 * Opens a dataset: its index.json when it has one, else (another tool published only the
 * contract documents) events.json and articles.json, checked against the contract and indexed
 * here the same way the pipeline would. Any other failure of index.json (a broken file, a
 * server error) is reported as it is, naming the file, rather than hidden by the fallback.
 */
export async function openIndexStore(
  source: DatasetSource,
  fetchFile: FetchFile,
): Promise<IndexStore> {
  const location = indexLocation(source);
  const named = (url: string) =>
    source.custom === undefined ? url.slice(url.lastIndexOf("/data/") + 6) : url;
  try {
    const index = checkEventIndex(await fetchFile(location.url, location.name), location.name);
    return publishedStore(index, location.url, fetchFile, named);
  } catch (error) {
    if (!hasNoIndex(error)) throw error;
  }
  const { parseArticlesDocument, parseEventsDocument } = await contract();
  const [events, articles] = await Promise.all([
    fetchFile(source.eventsUrl, source.eventsName).then((doc) =>
      parseEventsDocument(doc, source.eventsName),
    ),
    fetchFile(source.articlesUrl, source.articlesName).then((doc) =>
      parseArticlesDocument(doc, source.articlesName),
    ),
  ]);
  const mismatch = mismatchedPair(events, articles, source);
  if (mismatch) throw mismatch;
  const label = source.custom ?? "bundled with the site";
  return builtStore(buildEventIndex(events, articles), integrityWarning(events, articles, label));
}
