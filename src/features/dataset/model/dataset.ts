import type { Article, ArticlesDocument, EventsDocument } from "../../../dataset/index.ts";

/** Both published documents, with the lookup every view of an event's sources needs. */
export interface Dataset {
  events: EventsDocument;
  articles: ArticlesDocument;
  articleById: ReadonlyMap<string, Article>;
}

export function createDataset(events: EventsDocument, articles: ArticlesDocument): Dataset {
  return { events, articles, articleById: new Map(articles.articles.map((a) => [a.id, a])) };
}
