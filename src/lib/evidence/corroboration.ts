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
  if (last?.articleById !== articleById) {
    let known = readings.get(articleById);
    if (!known) readings.set(articleById, (known = new WeakMap()));
    last = { articleById, known };
  }
  const { known } = last;
  let corroboration = known.get(event.sources);
  if (!corroboration) known.set(event.sources, (corroboration = readSources(event, articleById)));
  return corroboration;
}

/**
 * Each list of sources read once per set of articles: the filters, the marks and the list rows
 * all ask for the same 100,000 events; one answer (frozen) per list, which the index shares
 * between the events of one article.
 */
const readings = new WeakMap<
  ReadonlyMap<string, Pick<Article, "outlet">>,
  WeakMap<readonly { articleId: string }[], Corroboration>
>();

/** The set of articles asked about last: asked for 100,000 events in a row, looked up once. */
let last:
  | {
      articleById: ReadonlyMap<string, Pick<Article, "outlet">>;
      known: WeakMap<readonly { articleId: string }[], Corroboration>;
    }
  | undefined;

function readSources(
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
  return Object.freeze({
    articles: articleIds.size,
    outlets: Object.freeze(outlets),
    unknownOutlets,
  });
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
