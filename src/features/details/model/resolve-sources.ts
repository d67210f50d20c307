import type { Article, Span, TimelineEvent } from "../../../dataset/index.ts";
import { httpLink } from "../../../lib/http-link.ts";

/** A source of an event as the details panel shows it: who published what, and the exact sentences. */
export interface ResolvedSource {
  articleId: string;
  /** Undefined when articles.json does not know the article; the evidence is still shown. */
  outlet: string | undefined;
  articleTitle: string | undefined;
  published: Article["published"] | undefined;
  url: string | undefined;
  evidence: Span[];
}

/** Joins an event's sources with their articles, keeping the order the dataset gives them. */
export function resolveSources(
  event: TimelineEvent,
  articleById: ReadonlyMap<string, Article>,
): ResolvedSource[] {
  return event.sources.map((source) => {
    const article = articleById.get(source.articleId);
    return {
      articleId: source.articleId,
      outlet: article?.outlet || undefined,
      articleTitle: article?.title || undefined,
      published: article?.published,
      url: httpLink(article?.url),
      evidence: source.evidence,
    };
  });
}
