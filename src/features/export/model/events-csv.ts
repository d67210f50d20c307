import type { Article, TimelineEvent } from "../../../dataset/index.ts";
import { corroborationOf } from "../../../lib/evidence/corroboration.ts";
import { correctionCells } from "./correction-cells.ts";
import { csvDocument, type CsvCell } from "./csv.ts";

/**
 * One row per event. Lists are flattened into one cell: short items (actors, topics, outlets)
 * joined by "; ", long ones (quotes, sources, evidence sentences), which often contain semicolons
 * of their own, by " | ". `source_count` is the number of articles that report the event and
 * `outlet_count` the number of distinct outlets among them (articles whose outlet is unknown are
 * not counted as outlets), so a spreadsheet can sort by corroboration. `corrected` and
 * `corrections` carry the researchers' corrections (model/correction-cells.ts).
 */
export const EVENT_CSV_COLUMNS = [
  "id",
  "date",
  "date_end",
  "precision",
  "date_text",
  "date_basis",
  "status",
  "title",
  "summary",
  "type_cameo",
  "type_label",
  "actors",
  "location",
  "topics",
  "quotes",
  "sources",
  "source_count",
  "outlet_count",
  "outlets",
  "evidence",
  "confidence",
  "corrected",
  "corrections",
] as const;

const SHORT = "; ";
const LONG = " | ";

const parenthesised = (name: string, details: (string | undefined)[]) => {
  const known = details.filter(Boolean);
  return known.length ? `${name} (${known.join(", ")})` : name;
};

/** "Outlet: Title (2012-05-07) https://…", with whatever the article record has. */
function sourceText(articleId: string, article: Article | undefined): string {
  if (!article) return articleId;
  const head = [article.outlet, article.title].filter(Boolean).join(": ") || article.id;
  return [head, `(${article.published.value})`, article.url].filter(Boolean).join(" ");
}

export function eventCsvRow(
  event: TimelineEvent,
  articleById: ReadonlyMap<string, Article>,
): CsvCell[] {
  const corroboration = corroborationOf(event, articleById);
  return [
    event.id,
    event.date.value,
    event.date.end,
    event.date.precision,
    event.date.text,
    event.date.basis,
    event.status,
    event.title,
    event.summary,
    event.type.cameo,
    event.type.label,
    event.actors.map((a) => parenthesised(a.name, [a.country, a.role])).join(SHORT),
    event.location && parenthesised(event.location.name, [event.location.country]),
    event.topics.join(SHORT),
    event.quotes.map((q) => `${q.speaker}: \u201C${q.text}\u201D`).join(LONG),
    event.sources.map((s) => sourceText(s.articleId, articleById.get(s.articleId))).join(LONG),
    corroboration.articles,
    corroboration.outlets.length,
    corroboration.outlets.join(SHORT),
    event.sources.flatMap((s) => s.evidence.map((e) => e.text)).join(LONG),
    event.confidence,
    ...correctionCells(event),
  ];
}

/** The events, in the order given, as a CSV file with a header row. */
export function eventsCsv(
  events: readonly TimelineEvent[],
  articleById: ReadonlyMap<string, Article>,
): string {
  return csvDocument([EVENT_CSV_COLUMNS, ...events.map((e) => eventCsvRow(e, articleById))]);
}
