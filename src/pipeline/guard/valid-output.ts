import {
  articleSchema,
  eventSchema,
  type ArticlesDocument,
  type EventsDocument,
} from "../../dataset/index.ts";
import type { PipelineState, Warning } from "../types.ts";
import { jsonDigest } from "../util/hash.ts";

type Output = NonNullable<PipelineState["output"]>;

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`)
    .join("; ");

type Event = EventsDocument["events"][number];

/** Spans of `event` that point at no kept article or do not match its text. */
function spanProblems(event: Event, textById: ReadonlyMap<string, string>): string[] {
  const spans = [
    ...event.sources.flatMap((s) =>
      s.evidence.map((span) => ({ ...span, articleId: s.articleId })),
    ),
    ...event.quotes,
  ];
  return spans.flatMap(({ articleId, start, end, text }) => {
    const article = textById.get(articleId);
    if (article === undefined) return [`unknown article ${articleId}`];
    return article.slice(start, end) === text
      ? []
      : [`offsets ${start}-${end} do not match its text`];
  });
}

/**
 * The output without what breaks the contract, each left-out part named by its article's file:
 * an article the schema refuses (with its events), and an event the schema refuses or whose
 * spans do not match its article's text. One article's flaw then costs that article or event,
 * never the whole dataset. Output with nothing to leave out is returned as it is.
 */
export function keepValidOutput(output: Output): { output: Output; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fileById = new Map(output.articles.articles.map((a) => [a.id, a.file]));
  const filesOf = (ids: string[]) => [...new Set(ids.map((id) => fileById.get(id) ?? id))];

  const badArticles = new Set<string>();
  for (const article of output.articles.articles) {
    const result = articleSchema.safeParse(article);
    if (result.success) continue;
    badArticles.add(article.id);
    warnings.push({ file: article.file, message: `left out: ${issuesOf(result.error)}` });
  }
  const articles: ArticlesDocument = {
    ...output.articles,
    articles: output.articles.articles.filter((a) => !badArticles.has(a.id)),
  };
  const textById = new Map(articles.articles.map((a) => [a.id, a.text]));
  const events = output.events.events.filter((event) => {
    const ids = event.sources.map((s) => s.articleId);
    const result = eventSchema.safeParse(event);
    const problems = result.success ? spanProblems(event, textById) : [issuesOf(result.error)];
    if (!problems.length) return true;
    for (const file of filesOf(ids))
      warnings.push({
        file,
        message: `event "${event.title.slice(0, 80)}" left out: ${problems.slice(0, 3).join("; ")}`,
      });
    return false;
  });
  if (!warnings.length) return { output, warnings };
  // The same digest as assembling (and correcting) gives, over what is left.
  const { removed } = output.events;
  const digested = { events, articles: articles.articles, ...(removed?.length ? { removed } : {}) };
  const version = jsonDigest(digested).slice(0, 12);
  const eventsDoc: EventsDocument = { ...output.events, events, version };
  return { output: { events: eventsDoc, articles }, warnings };
}
