import type { DatasetSummary } from "./dataset-summary.ts";

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The years a dataset covers, "2010–2013" (or "2013"). */
export function yearsOf(summary: Pick<DatasetSummary, "firstYear" | "lastYear">): string {
  return summary.firstYear === summary.lastYear
    ? summary.firstYear
    : `${summary.firstYear}\u2013${summary.lastYear}`;
}

/**
 * What the page shows, no more: the subject (for the bundled dataset; another dataset's subject
 * is its own), the years, and how many events from how many articles and outlets.
 */
export function tagline(
  summary: Pick<DatasetSummary, "events" | "articles" | "outlets" | "firstYear" | "lastYear">,
  subject: string | undefined,
): string {
  const counts =
    `${plural(summary.events, "event", "events")} from ` +
    `${plural(summary.articles, "news article", "news articles")} ` +
    `(${plural(summary.outlets, "outlet", "outlets")})`;
  const lead = subject ? `${subject}, ${yearsOf(summary)}` : `A dataset of ${yearsOf(summary)}`;
  return `${lead}: ${counts}, each event traced to the sentences that report it.`;
}
