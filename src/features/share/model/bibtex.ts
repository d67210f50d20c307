import { bibtexUrl, escapeBibtex } from "./bibtex-escape.ts";
import { chicagoEventDate } from "./citation-date.ts";
import { DATASET_TITLE, type CitationFacts } from "./citation-facts.ts";
import { articleCitationKey, viewCitationKey } from "./citation-key.ts";

type Field = readonly [name: string, value: string | undefined];

/** Values are already escaped; fields without a value are left out. */
function entry(type: string, key: string, fields: readonly Field[]): string {
  const lines = fields
    .filter((f): f is readonly [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}},`);
  return [`@${type}{${key},`, ...lines, "}"].join("\n");
}

/** Double braces keep a title's capitals ("US", "China") from a style's lowercasing. */
const title = (text: string) => `{${escapeBibtex(text)}}`;

/**
 * The view as biblatex entries: one @misc for the dataset view, and, with an event selected,
 * one @article per source article (a newspaper article is an @article whose journal is the
 * outlet). `urldate` and `date` are biblatex fields; classic BibTeX ignores what it does not know.
 */
export function bibtexCitation(facts: CitationFacts): string {
  const keys = new Set<string>();
  const unique = (key: string) => {
    let candidate = key;
    for (let n = 2; keys.has(candidate); n++) candidate = `${key}-${n}`;
    keys.add(candidate);
    return candidate;
  };
  const viewKey = unique(viewCitationKey(facts.version, facts.viewUrl));
  const event = facts.event;
  const entries = [
    entry("misc", viewKey, [
      ["title", title(facts.datasetAddress ? `Dataset at ${facts.datasetAddress}` : DATASET_TITLE)],
      [
        "howpublished",
        escapeBibtex(
          facts.datasetAddress
            ? "Dataset, interactive timeline view in Dialogue Timeline"
            : "Dataset, interactive timeline view",
        ),
      ],
      ["version", escapeBibtex(facts.version ?? "unversioned")],
      ["url", bibtexUrl(facts.viewUrl)],
      ["urldate", facts.accessed],
      [
        "note",
        event &&
          escapeBibtex(
            `Selected event: ${event.title}, ${chicagoEventDate(event.date)} (${event.id})`,
          ),
      ],
    ]),
  ];
  facts.sources.forEach(({ articleId, article }, i) => {
    const key = unique(articleCitationKey(articleId, i));
    if (!article) {
      entries.push(
        entry("misc", key, [
          ["title", title(`Article ${articleId}`)],
          ["note", escapeBibtex("Not found in the dataset's articles")],
        ]),
      );
      return;
    }
    entries.push(
      entry("article", key, [
        ["title", article.title ? title(article.title) : undefined],
        ["journal", article.outlet ? escapeBibtex(article.outlet) : undefined],
        ["date", article.published.value],
        ["url", article.url ? bibtexUrl(article.url) : undefined],
        ["urldate", article.url ? facts.accessed : undefined],
      ]),
    );
  });
  return `${entries.join("\n\n")}\n`;
}
