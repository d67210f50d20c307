import { lightEventsOf } from "../../../dataset/event-index/index.ts";
import {
  searchBuilder,
  searchDocument,
  titleDocument,
  type EventSearch,
  type SearchHits,
} from "../../filters/model/search-index.ts";
import type { IndexStore } from "./index-store.ts";

/** What a search found, and whether it looked at everything or at titles and actors alone. */
export interface SearchAnswer {
  hits: SearchHits;
  /** False while the summaries, quotes and evidence are not indexed yet. */
  complete: boolean;
}

export interface SearchStore {
  /** Indexes every event whole, chunk by chunk; resolves once searches look at everything. */
  prepare(): Promise<void>;
  search(query: string): SearchAnswer;
}

/** Lets other requests (a chunk for the details panel, a search) in between two chunks. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The search of one dataset, in the worker. At first it searches titles and actors, which the
 * index holds; `prepare` then reads the chunks one at a time (each dropped once indexed, so the
 * worker never holds every event whole) and from then on searches look at everything.
 */
export function createSearchStore(store: IndexStore, pause = nextTurn): SearchStore {
  let titles: EventSearch | undefined;
  let full: EventSearch | undefined;
  let preparing: Promise<void> | undefined;
  const build = async () => {
    const builder = searchBuilder();
    for (let n = 0; n < store.head.chunks.events.length; n++) {
      builder.add((await store.events(n)).map(searchDocument));
      await pause();
    }
    full = builder.done();
  };
  return {
    prepare() {
      preparing ??= build().catch((error: unknown) => {
        preparing = undefined; // asked again, it tries again
        throw error;
      });
      return preparing;
    },
    search(query) {
      if (full) return { hits: full.search(query), complete: true };
      if (!titles) {
        const builder = searchBuilder();
        builder.add(lightEventsOf(store.transfer()).map(titleDocument));
        titles = builder.done();
      }
      return { hits: titles.search(query), complete: false };
    },
  };
}
