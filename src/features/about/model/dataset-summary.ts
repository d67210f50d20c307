import type {
  Article,
  ArticlesDocument,
  EventsDocument,
  TimelineEvent,
} from "../../../dataset/index.ts";
import { LOW_CONFIDENCE } from "../../../lib/evidence/confidence-threshold.ts";
import { corroborationOf } from "../../../lib/evidence/corroboration.ts";
import { yearsOfWindow } from "./years-of-window.ts";

/** The dataset in figures, as the About panel and the tagline give them. */
export interface DatasetSummary {
  events: number;
  articles: number;
  /** Distinct outlets that articles.json names. */
  outlets: number;
  /** Links between an event and an article that reports it. */
  reports: number;
  byPrecision: { day: number; month: number; year: number };
  multiDay: number;
  planned: number;
  /** Events that two outlets or more report. */
  corroborated: number;
  lowConfidence: number;
  quotes: number;
  /** The first and last year of the dataset's window. */
  firstYear: string;
  lastYear: string;
}

export function summarizeDataset(
  events: EventsDocument,
  articles: ArticlesDocument,
  articleById: ReadonlyMap<string, Article>,
): DatasetSummary {
  const byPrecision = { day: 0, month: 0, year: 0 };
  let reports = 0;
  let multiDay = 0;
  let planned = 0;
  let corroborated = 0;
  let lowConfidence = 0;
  let quotes = 0;
  for (const event of events.events) {
    byPrecision[event.date.precision] += 1;
    const c = corroborationOf(event, articleById);
    reports += c.articles;
    if (event.date.end !== undefined && event.date.end !== event.date.value) multiDay += 1;
    if (event.status === "planned") planned += 1;
    if (c.outlets.length >= 2) corroborated += 1;
    if (event.confidence < LOW_CONFIDENCE) lowConfidence += 1;
    quotes += event.quotes.length;
  }
  const outlets = new Set(articles.articles.map((a) => a.outlet.trim()).filter(Boolean));
  return {
    events: events.events.length,
    articles: articles.articles.length,
    outlets: outlets.size,
    reports,
    byPrecision,
    multiDay,
    planned,
    corroborated,
    lowConfidence,
    quotes,
    ...yearsOfWindow(events.window),
  };
}

/** An article of the corpus with the events it reports, for the About panel's list. */
export interface CorpusEntry {
  article: Article;
  events: TimelineEvent[];
}

/**
 * Every article, newest first (then by outlet and title), each with the events it reports in
 * the order the dataset gives them; articles that report no event are listed too, since they
 * were read.
 */
export function corpusEntries(events: EventsDocument, articles: ArticlesDocument): CorpusEntry[] {
  const byArticle = new Map<string, TimelineEvent[]>();
  for (const event of events.events)
    for (const id of new Set(event.sources.map((s) => s.articleId)))
      byArticle.set(id, [...(byArticle.get(id) ?? []), event]);
  return [...articles.articles]
    .sort(
      (a, b) =>
        b.published.value.localeCompare(a.published.value) ||
        a.outlet.localeCompare(b.outlet) ||
        a.title.localeCompare(b.title),
    )
    .map((article) => ({ article, events: byArticle.get(article.id) ?? [] }));
}

/** Events listed at first under an article in About; the rest on asking, so a big corpus stays light. */
export const FIRST_EVENTS = 12;
