import type { Article, ArticlesDocument, EventsDocument } from "../../../dataset/index.ts";
import type { DatasetSource } from "./source.ts";

/** Both published documents, with the lookup every view of an event's sources needs. */
export interface Dataset {
  events: EventsDocument;
  articles: ArticlesDocument;
  articleById: ReadonlyMap<string, Article>;
  /** Where the documents came from: citations and exports name it. */
  source: DatasetSource;
}

export function createDataset(
  events: EventsDocument,
  articles: ArticlesDocument,
  source: DatasetSource,
): Dataset {
  return {
    events,
    articles,
    articleById: new Map(articles.articles.map((a) => [a.id, a])),
    source,
  };
}
