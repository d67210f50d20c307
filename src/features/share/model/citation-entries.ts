import { chicagoEventDate } from "./citation-date.ts";
import { DATASET_TITLE, type CitationFacts } from "./citation-facts.ts";
import { articleCitationKey, viewCitationKey } from "./citation-key.ts";

/**
 * The references a citation of a view holds, in the shape every machine-readable form (BibTeX,
 * biblatex, RIS, CSL-JSON) writes out: the dataset view first, then each source article of the
 * selected event. One list, so that the forms cannot disagree on what they cite.
 */
export type CitationEntry = DatasetEntry | ArticleEntry | MissingArticleEntry;

export interface DatasetEntry {
  kind: "dataset";
  key: string;
  title: string;
  /** Says what the view is, for the forms without a dataset type. */
  medium: string;
  author: string | undefined;
  publisher: string | undefined;
  version: string;
  year: string;
  url: string;
  accessed: string;
  /** The selected event, in words: "Selected event: … (evt-…)". */
  note: string | undefined;
}

export interface ArticleEntry {
  kind: "article";
  key: string;
  title: string | undefined;
  outlet: string | undefined;
  /** ISO prefix at the article's precision ("2013-06", "2013-06-08"). */
  published: string;
  url: string | undefined;
  /** When the reader accessed it: only an article with an address was accessed online. */
  accessed: string | undefined;
}

export interface MissingArticleEntry {
  kind: "missing";
  key: string;
  articleId: string;
}

export function citationEntries(facts: CitationFacts): CitationEntry[] {
  const keys = new Set<string>();
  const unique = (key: string) => {
    let candidate = key;
    for (let n = 2; keys.has(candidate); n++) candidate = `${key}-${n}`;
    keys.add(candidate);
    return candidate;
  };
  const { event } = facts;
  const dataset: DatasetEntry = {
    kind: "dataset",
    key: unique(viewCitationKey(facts.version, facts.viewUrl)),
    title: facts.datasetAddress ? `Dataset at ${facts.datasetAddress}` : DATASET_TITLE,
    medium: facts.datasetAddress
      ? "Dataset, interactive timeline view in Dialogue Timeline"
      : "Dataset, interactive timeline view",
    author: facts.author,
    publisher: facts.publisher,
    version: facts.version ?? "unversioned",
    year: facts.year,
    url: facts.viewUrl,
    accessed: facts.accessed,
    note: event && `Selected event: ${event.title}, ${chicagoEventDate(event.date)} (${event.id})`,
  };
  const sources = facts.sources.map(({ articleId, article }, i): CitationEntry => {
    const key = unique(articleCitationKey(articleId, i));
    if (!article) return { kind: "missing", key, articleId };
    return {
      kind: "article",
      key,
      title: article.title || undefined,
      outlet: article.outlet || undefined,
      published: article.published.value,
      url: article.url,
      accessed: article.url ? facts.accessed : undefined,
    };
  });
  return [dataset, ...sources];
}
