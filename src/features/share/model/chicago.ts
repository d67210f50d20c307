import { chicagoDate, chicagoEventDate } from "./citation-date.ts";
import { DATASET_TITLE, type CitationFacts, type CitedSource } from "./citation-facts.ts";

/** A title in quotation marks; the full stop goes inside, unless the title ends in its own. */
function quotedTitle(title: string, after: "." | ","): string {
  return /[.?!]$/.test(title) ? `\u201C${title}\u201D` : `\u201C${title}${after}\u201D`;
}

/** A name as a sentence of its own: "Jane Roe." (but "Acme Inc." keeps its one stop). */
const withStop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * An unsigned news article in Chicago bibliography form, which lists it under the outlet:
 * Outlet. “Title.” Month Day, Year. URL.
 */
function chicagoSource({ articleId, article }: CitedSource): string {
  if (!article) return `Article ${articleId} (not found in the dataset\u2019s articles).`;
  const parts = [
    article.outlet ? `${article.outlet}.` : undefined,
    article.title ? quotedTitle(article.title, ".") : undefined,
    `${chicagoDate(article.published.value, article.published.precision)}.`,
    article.url ? `${article.url}.` : undefined,
  ];
  return parts.filter(Boolean).join(" ");
}

/**
 * The view in Chicago bibliography style: the dataset (title or address), its version, the
 * access date and the view's URL; then the selected event and one entry per source article.
 */
export function chicagoCitation(facts: CitationFacts): string {
  const version = facts.version ? `version ${facts.version}` : "unversioned";
  const dataset = facts.datasetAddress
    ? `Dataset at ${facts.datasetAddress}, ${version}. Interactive timeline view in Dialogue Timeline.`
    : `${DATASET_TITLE}. Dataset, ${version}. Interactive timeline view.`;
  const author = facts.author ? `${withStop(facts.author)} ` : "";
  const publisher = facts.publisher ? ` ${withStop(facts.publisher)}` : "";
  const paragraphs = [
    `${author}${dataset}${publisher} Accessed ${chicagoDate(facts.accessed, "day")}. ${facts.viewUrl}.`,
  ];
  if (facts.event) {
    paragraphs.push(
      `Selected event: ${quotedTitle(facts.event.title, ",")} ${chicagoEventDate(facts.event.date)}.`,
    );
    if (facts.sources.length)
      paragraphs.push(["Sources for this event:", ...facts.sources.map(chicagoSource)].join("\n"));
  }
  return paragraphs.join("\n\n");
}
