import type { CitationFacts } from "./citation-facts.ts";
import { citationEntries, type CitationEntry } from "./citation-entries.ts";

type Tag = readonly [tag: string, value: string | undefined];

/** One line per tag, "TY  - DATA"; a value is one line, so line breaks become spaces. */
function record(tags: readonly Tag[]): string {
  return [...tags, ["ER", ""] as const]
    .filter((t): t is readonly [string, string] => t[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, " ")}`.trimEnd())
    .join("\r\n");
}

/** RIS dates are "YYYY/MM/DD/" with the parts that are unknown left empty. */
function risDate(iso: string): string {
  const [year = "", month = "", day = ""] = iso.split("-");
  return `${year}/${month}/${day}/`;
}

function tags(item: CitationEntry): Tag[] {
  switch (item.kind) {
    case "dataset":
      return [
        ["TY", "DATA"],
        ["ID", item.key],
        ["AU", item.author],
        ["TI", item.title],
        ["PB", item.publisher],
        ["ET", item.version],
        ["PY", item.year],
        ["UR", item.url],
        ["Y2", risDate(item.accessed)],
        ["M3", item.medium],
        ["N1", item.note],
      ];
    case "article":
      return [
        ["TY", "NEWS"],
        ["ID", item.key],
        ["TI", item.title],
        ["T2", item.outlet],
        ["PY", item.published.slice(0, 4)],
        ["DA", risDate(item.published)],
        ["UR", item.url],
        ["Y2", item.accessed && risDate(item.accessed)],
      ];
    case "missing":
      return [
        ["TY", "GEN"],
        ["ID", item.key],
        ["TI", `Article ${item.articleId}`],
        ["N1", "Not found in the dataset's articles"],
      ];
  }
}

/**
 * The view as RIS, the tagged format EndNote, Zotero, Mendeley and RefWorks import: a DATA
 * record for the dataset view and a NEWS record per source article. CRLF line ends, as the
 * format asks.
 */
export function risCitation(facts: CitationFacts): string {
  return `${citationEntries(facts)
    .map((item) => record(tags(item)))
    .join("\r\n\r\n")}\r\n`;
}
