import MiniSearch from "minisearch";
import type { LightEvent, TimelineEvent } from "../../../dataset/index.ts";
import { indexTerms, searchTerms } from "./search.ts";

/** The parts of an event a reader may search, one text each. */
export interface SearchDocument {
  id: string;
  title: string;
  actors: string;
  summary: string;
  quotes: string;
  evidence: string;
}

const FIELDS = ["title", "actors", "summary", "quotes", "evidence"] as const;

/**
 * A hit in a title counts most, then one in the actors' names; the summary and the sentences
 * quoted or cited are what a title is drawn from, so they rank a hit below it.
 */
const BOOST: Partial<Record<(typeof FIELDS)[number], number>> = {
  title: 4,
  actors: 2,
  summary: 1.5,
};

/** Matches by the start of a word weigh less than whole words ("talk" ranks "talk" over "talks"). */
const PREFIX_WEIGHT = 0.4;

/**
 * Only the query's last word is taken as the start of a longer one: it is the word being typed,
 * and the words before it are whole (each prefix multiplies the terms a query expands to).
 */
const isBeingTyped = (_term: string, i: number, terms: string[]) => i === terms.length - 1;

/** The events a query finds, each with its score (higher is better). */
export type SearchHits = ReadonlyMap<string, number>;

export interface EventSearch {
  /** Every event with all the query's words (the last may be a word's start), scored. */
  search(query: string): SearchHits;
}

export function searchDocument(event: TimelineEvent): SearchDocument {
  return {
    id: event.id,
    title: event.title,
    actors: event.actors.map((a) => a.name).join("\n"),
    summary: event.summary,
    quotes: event.quotes.map((q) => `${q.speaker}\n${q.text}`).join("\n"),
    evidence: event.sources.flatMap((s) => s.evidence.map((e) => e.text)).join("\n"),
  };
}

/**
 * What the index alone says of an event: its title and actors. A search over these answers
 * while the details (summaries, quotes, evidence) are still loading.
 */
export function titleDocument(event: Pick<LightEvent, "id" | "title" | "actors">): SearchDocument {
  return {
    id: event.id,
    title: event.title,
    actors: event.actors.map((a) => a.name).join("\n"),
    summary: "",
    quotes: "",
    evidence: "",
  };
}

/** An index filled a batch at a time (the dataset worker adds each chunk as it arrives). */
export interface SearchBuilder {
  add(documents: readonly SearchDocument[]): void;
  done(): EventSearch;
}

export function searchBuilder(): SearchBuilder {
  const index = emptyIndex();
  return { add: (documents) => index.addAll(documents), done: () => searchOf(index) };
}

/**
 * A full-text index of the events, built with MiniSearch (an inverted index with BM25 ranking
 * and prefix search). Terms go through search.ts on both sides, so the index and the query agree
 * on case, accents, hyphens and compounds. Every word of a query must match, each one also as
 * the start of a longer word while it is typed, so "talks milit" finds "military talks".
 */
export function buildEventSearch(events: readonly TimelineEvent[]): EventSearch {
  const index = emptyIndex();
  index.addAll(events.map(searchDocument));
  return searchOf(index);
}

function emptyIndex() {
  return new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize: searchTerms,
    processTerm: indexTerms,
    searchOptions: {
      tokenize: searchTerms,
      processTerm: (term) => term,
      prefix: isBeingTyped,
      weights: { fuzzy: 0, prefix: PREFIX_WEIGHT },
      combineWith: "AND",
      boost: BOOST,
    },
  });
}

function searchOf(index: MiniSearch<SearchDocument>): EventSearch {
  return {
    search(query) {
      const hits = new Map<string, number>();
      if (searchTerms(query).length === 0) return hits;
      for (const result of index.search(query)) hits.set(String(result.id), result.score);
      return hits;
    },
  };
}
