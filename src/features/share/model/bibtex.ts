import { bibtexUrl, escapeBibtex } from "./bibtex-escape.ts";
import { bibEntry } from "./bibtex-entry.ts";
import type { CitationFacts } from "./citation-facts.ts";
import { citationEntries, type CitationEntry } from "./citation-entries.ts";

/** Double braces keep a title's capitals ("US", "China") from a style's lowercasing. */
export const bibTitle = (text: string) => `{${escapeBibtex(text)}}`;

/** The month of an ISO prefix in words, as BibTeX styles print the field; none for a year. */
const month = (iso: string) => {
  const m = Number(iso.slice(5, 7));
  return m
    ? new Date(Date.UTC(2000, m - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" })
    : undefined;
};

const accessedNote = (accessed: string | undefined) =>
  accessed ? `Accessed ${accessed}` : undefined;

function entry(item: CitationEntry): string {
  switch (item.kind) {
    case "dataset":
      return bibEntry("misc", item.key, [
        ["author", item.author && `{${escapeBibtex(item.author)}}`],
        ["title", bibTitle(item.title)],
        ["howpublished", escapeBibtex([item.medium, item.publisher].filter(Boolean).join(", "))],
        ["year", item.year],
        ["url", bibtexUrl(item.url)],
        [
          "note",
          escapeBibtex(
            [`Version ${item.version}`, accessedNote(item.accessed), item.note]
              .filter(Boolean)
              .join(". "),
          ),
        ],
      ]);
    case "article":
      return bibEntry("article", item.key, [
        ["title", item.title && bibTitle(item.title)],
        ["journal", item.outlet && escapeBibtex(item.outlet)],
        ["year", item.published.slice(0, 4)],
        ["month", month(item.published)],
        ["url", item.url && bibtexUrl(item.url)],
        ["note", accessedNote(item.accessed)],
      ]);
    case "missing":
      return bibEntry("misc", item.key, [
        ["title", bibTitle(`Article ${item.articleId}`)],
        ["note", escapeBibtex("Not found in the dataset's articles")],
      ]);
  }
}

/**
 * The view in classic BibTeX, which every reference manager imports: a @misc for the dataset
 * view (`year`, `url`, and the version and accessed day in `note`, the fields plain BibTeX
 * styles print), and, with an event selected, an @article per source article (a newspaper
 * article is an @article whose journal is the outlet).
 */
export function bibtexCitation(facts: CitationFacts): string {
  return `${citationEntries(facts).map(entry).join("\n\n")}\n`;
}
