import type { Article, LightEvent } from "../../dataset/index.ts";

/** How independently an event is reported: by how many articles, and from how many outlets. */
export interface Corroboration {
  /** Distinct articles among its sources. */
  articles: number;
  /** Distinct outlets of those articles that articles.json names, in the sources' order. */
  outlets: readonly string[];
  /** Articles whose outlet is not known (not in articles.json, or no outlet given). */
  unknownOutlets: number;
}

/**
 * Reads an event's sources against articles.json. Two articles from one outlet are one voice
 * (a wire story and its update), so outlets, not articles, say how independently an event is
 * reported; an article whose outlet is unknown is counted apart rather than guessed.
 */
export function corroborationOf(
  event: Pick<LightEvent, "sources">,
  articleById: ReadonlyMap<string, Pick<Article, "outlet">>,
): Corroboration {
  const articleIds = new Set(event.sources.map((s) => s.articleId));
  const outlets: string[] = [];
  let unknownOutlets = 0;
  for (const id of articleIds) {
    const outlet = articleById.get(id)?.outlet.trim();
    if (!outlet) unknownOutlets += 1;
    else if (!outlets.includes(outlet)) outlets.push(outlet);
  }
  return { articles: articleIds.size, outlets, unknownOutlets };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 articles from 2 outlets", "1 article from 1 outlet", "1 article (outlet unknown)". */
export function corroborationPhrase(c: Corroboration): string {
  const articles = plural(c.articles, "article", "articles");
  if (c.outlets.length === 0) return `${articles} (outlet unknown)`;
  const unknown =
    c.unknownOutlets > 0 ? ` and ${plural(c.unknownOutlets, "unknown", "unknown")}` : "";
  return `${articles} from ${plural(c.outlets.length, "outlet", "outlets")}${unknown}`;
}
