import type { Article, EventsDocument, LightDate, LightEvent } from "../../../dataset/index.ts";

/** The bundled dataset's name, as citations give it. */
export const DATASET_TITLE =
  "Dialogue Timeline: US\u2013China Cyber and Military-to-Military Dialogue, 2010\u20132013";

export interface CitationInput {
  document: Pick<EventsDocument, "version">;
  /** The articles of the selected event's sources (those not loaded are cited by id). */
  articleById: ReadonlyMap<string, Article>;
  /** The selected event, if any. */
  event: LightEvent | undefined;
  /** The page's full address: the view being cited. */
  viewUrl: string;
  /** The view's `data` parameter, when it shows another dataset than the bundled one. */
  data: string | undefined;
  /** The reader's day, ISO ("2026-11-22"). */
  accessed: string;
  /** Who made and who publishes the dataset, as the deployment's config.json says. */
  credit?: Credit;
}

/** The dataset's author and publisher; either may be unknown. */
export interface Credit {
  author?: string | undefined;
  publisher?: string | undefined;
}

export interface CitedSource {
  articleId: string;
  /** Undefined when articles.json does not know the article. */
  article: Pick<Article, "outlet" | "title" | "published" | "url"> | undefined;
}

/** Everything a citation says, in one place, so that every form of it says the same. */
export interface CitationFacts {
  /** The other dataset's address, resolved against the page; undefined: the bundled dataset. */
  datasetAddress: string | undefined;
  version: string | undefined;
  viewUrl: string;
  accessed: string;
  /** The year a citation dates the dataset by: the year it was accessed, as it changes over time. */
  year: string;
  author: string | undefined;
  publisher: string | undefined;
  event: { id: string; title: string; date: LightDate } | undefined;
  sources: CitedSource[];
}

function resolve(data: string, base: string): string {
  try {
    return new URL(data, base).href;
  } catch {
    return data; // not a URL: cite it as written rather than drop it
  }
}

export function citationFacts(input: CitationInput): CitationFacts {
  const { event } = input;
  return {
    datasetAddress: input.data === undefined ? undefined : resolve(input.data, input.viewUrl),
    version: input.document.version,
    viewUrl: input.viewUrl,
    accessed: input.accessed,
    year: input.accessed.slice(0, 4),
    author: input.credit?.author,
    publisher: input.credit?.publisher,
    event: event && { id: event.id, title: event.title, date: event.date },
    sources: (event?.sources ?? []).map((source) => ({
      articleId: source.articleId,
      article: input.articleById.get(source.articleId),
    })),
  };
}
