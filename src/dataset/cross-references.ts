import type { ArticlesDocument, EventsDocument } from "./types.ts";

/**
 * Checks what a per-document schema cannot: that every event points at a known article and that
 * every evidence and quote span is exactly the slice of that article's text it claims to be.
 * Returns one message per problem; an empty list means the pair is consistent.
 */
export function findCrossReferenceProblems(
  events: EventsDocument,
  articles: ArticlesDocument,
): string[] {
  const textById = new Map(articles.articles.map((a) => [a.id, a.text]));
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const checkSpan = (
    where: string,
    articleId: string,
    span: { text: string; start: number; end: number },
  ) => {
    const text = textById.get(articleId);
    if (text === undefined) problems.push(`${where}: unknown article ${articleId}`);
    else if (text.slice(span.start, span.end) !== span.text)
      problems.push(`${where}: offsets ${span.start}-${span.end} do not match its text`);
  };
  events.events.forEach((event, i) => {
    const where = `events.${i} (${event.id})`;
    if (seenIds.has(event.id)) problems.push(`${where}: duplicate id`);
    seenIds.add(event.id);
    event.sources.forEach((source, s) =>
      source.evidence.forEach((span, e) =>
        checkSpan(`${where}.sources.${s}.evidence.${e}`, source.articleId, span),
      ),
    );
    event.quotes.forEach((quote, q) => checkSpan(`${where}.quotes.${q}`, quote.articleId, quote));
  });
  return problems;
}
