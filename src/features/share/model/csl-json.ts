import type { CitationFacts } from "./citation-facts.ts";
import { citationEntries, type CitationEntry } from "./citation-entries.ts";

/** CSL's date form: `{ "date-parts": [[2013, 6, 8]] }`, as many parts as are known. */
function cslDate(iso: string) {
  return { "date-parts": [iso.split("-").map(Number)] };
}

function item(entry: CitationEntry): Record<string, unknown> {
  switch (entry.kind) {
    case "dataset":
      return {
        id: entry.key,
        type: "dataset",
        title: entry.title,
        author: entry.author ? [{ literal: entry.author }] : undefined,
        publisher: entry.publisher,
        version: entry.version,
        medium: entry.medium,
        issued: cslDate(entry.year),
        URL: entry.url,
        accessed: cslDate(entry.accessed),
        note: entry.note,
      };
    case "article":
      return {
        id: entry.key,
        type: "article-newspaper",
        title: entry.title,
        "container-title": entry.outlet,
        issued: cslDate(entry.published),
        URL: entry.url,
        accessed: entry.accessed && cslDate(entry.accessed),
      };
    case "missing":
      return {
        id: entry.key,
        type: "document",
        title: `Article ${entry.articleId}`,
        note: "Not found in the dataset's articles",
      };
  }
}

/**
 * The view as CSL-JSON, the citation data of Zotero, Pandoc and citeproc: an array with a
 * `dataset` item for the view and an `article-newspaper` item per source article. Fields with
 * no value are left out (JSON.stringify drops undefined).
 */
export function cslJsonCitation(facts: CitationFacts): string {
  return `${JSON.stringify(citationEntries(facts).map(item), null, 2)}\n`;
}
