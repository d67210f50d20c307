import type { Article, RemovedEvent, TimelineEvent } from "../../../dataset/index.ts";
import { transferables, type IndexTransfer } from "../../../dataset/event-index/index.ts";
import type { DatasetSource } from "../model/source.ts";
import { toWireError, type WireError } from "./errors.ts";
import type { IndexStore } from "./index-store.ts";
import type { SearchAnswer, SearchStore } from "./search-store.ts";

/** The search (MiniSearch and its index) loads with the first search, not with the worker. */
const loadSearchStore = async (store: IndexStore): Promise<SearchStore> =>
  (await import("./search-store.ts")).createSearchStore(store);

/**
 * What the page asks the dataset worker. A dataset is opened once per source (again on a retry)
 * and then named by its key, the source's events address.
 */
export type DatasetRequest =
  | { kind: "open"; source: DatasetSource }
  | { kind: "events"; key: string; chunk: number }
  | { kind: "articles"; key: string; chunk: number }
  | { kind: "removed"; key: string }
  /** Index every event whole for the search, in the background; answers once it is done. */
  | { kind: "prepare-search"; key: string }
  | { kind: "search"; key: string; query: string };

/** An opened dataset: its index, and what is unsound in it if it was indexed here. */
export interface OpenedDataset {
  index: IndexTransfer;
  warning: string | undefined;
}

/** What each request answers with. */
export interface DatasetResults {
  open: OpenedDataset;
  events: TimelineEvent[];
  articles: Article[];
  removed: RemovedEvent[];
  "prepare-search": null;
  search: SearchAnswer;
}

export interface RequestMessage {
  id: number;
  request: DatasetRequest;
}

export type ReplyMessage =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** The key a source's dataset is known by in the worker. */
export const datasetKey = (source: Pick<DatasetSource, "eventsUrl">) => source.eventsUrl;

/**
 * The worker's side: answers each request from the stores it has opened, errors turned into
 * data the page can rebuild. `open` is how a store is opened (fetching its files); the worker
 * file passes the real one, tests a fake.
 */
export function createRequestHandler(
  open: (source: DatasetSource) => Promise<IndexStore>,
  searchOf: (store: IndexStore) => SearchStore | Promise<SearchStore> = loadSearchStore,
) {
  const stores = new Map<string, Promise<IndexStore>>();
  const searches = new Map<string, { store: IndexStore; search: Promise<SearchStore> }>();
  const searchFor = async (key: string) => {
    const store = await storeOf(key);
    let entry = searches.get(key);
    if (entry?.store !== store) {
      entry = { store, search: Promise.resolve(searchOf(store)) };
      searches.set(key, entry);
    }
    return entry.search;
  };
  const storeOf = (key: string) => {
    const store = stores.get(key);
    if (!store) throw new Error(`no dataset is open for ${key}`);
    return store;
  };
  const answer = async (
    request: DatasetRequest,
  ): Promise<{ value: unknown; transfer: ArrayBuffer[] }> => {
    switch (request.kind) {
      case "open": {
        const key = datasetKey(request.source);
        // Opened afresh each time it is asked: a retry after a failure fetches again.
        const opening = open(request.source);
        stores.set(key, opening);
        opening.catch(() => {
          if (stores.get(key) === opening) stores.delete(key);
        });
        const store = await opening;
        const value: OpenedDataset = { index: store.transfer(), warning: store.warning };
        return { value, transfer: transferables(value.index) };
      }
      case "events":
        return { value: await (await storeOf(request.key)).events(request.chunk), transfer: [] };
      case "articles":
        return { value: await (await storeOf(request.key)).articles(request.chunk), transfer: [] };
      case "removed":
        return { value: await (await storeOf(request.key)).removed(), transfer: [] };
      case "prepare-search":
        await (await searchFor(request.key)).prepare();
        return { value: null, transfer: [] };
      case "search":
        return { value: (await searchFor(request.key)).search(request.query), transfer: [] };
    }
  };
  return async (
    message: RequestMessage,
  ): Promise<{ reply: ReplyMessage; transfer: ArrayBuffer[] }> => {
    try {
      const { value, transfer } = await answer(message.request);
      return { reply: { id: message.id, ok: true, value }, transfer };
    } catch (error) {
      return { reply: { id: message.id, ok: false, error: toWireError(error) }, transfer: [] };
    }
  };
}
