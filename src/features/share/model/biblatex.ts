import { bibtexUrl, escapeBibtex } from "./bibtex-escape.ts";
import { bibEntry } from "./bibtex-entry.ts";
import { bibTitle } from "./bibtex.ts";
import type { CitationFacts } from "./citation-facts.ts";
import { citationEntries, type CitationEntry } from "./citation-entries.ts";

function entry(item: CitationEntry): string {
  switch (item.kind) {
    case "dataset":
      return bibEntry("dataset", item.key, [
        ["author", item.author && `{${escapeBibtex(item.author)}}`],
        ["title", bibTitle(item.title)],
        ["howpublished", escapeBibtex(item.medium)],
        ["publisher", item.publisher && escapeBibtex(item.publisher)],
        ["version", escapeBibtex(item.version)],
        ["date", item.year],
        ["url", bibtexUrl(item.url)],
        ["urldate", item.accessed],
        ["note", item.note && escapeBibtex(item.note)],
      ]);
    case "article":
      return bibEntry("article", item.key, [
        ["title", item.title && bibTitle(item.title)],
        ["journaltitle", item.outlet && escapeBibtex(item.outlet)],
        ["date", item.published],
        ["url", item.url && bibtexUrl(item.url)],
        ["urldate", item.accessed],
      ]);
    case "missing":
      return bibEntry("misc", item.key, [
        ["title", bibTitle(`Article ${item.articleId}`)],
        ["note", escapeBibtex("Not found in the dataset's articles")],
      ]);
  }
}

/**
 * The view in biblatex, whose @dataset type and `version`, `date` and `urldate` fields say
 * exactly what the view is; for biber and biblatex styles (classic BibTeX would ignore them).
 */
export function biblatexCitation(facts: CitationFacts): string {
  return `${citationEntries(facts).map(entry).join("\n\n")}\n`;
}
