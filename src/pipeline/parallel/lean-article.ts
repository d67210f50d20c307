import type { ArticleWork } from "../types.ts";

/**
 * A copy of a string that shares no memory with it. A short string cut from a long one (a title
 * from the input page) is a view that keeps the whole page alive.
 */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** What merging and assembling need of an article; the rest is the stages' scratch work. */
export function leanArticle(work: ArticleWork): ArticleWork {
  const { title, outlet, byline, dateline, url, published } = work;
  return {
    ...work,
    raw: "",
    hints: {},
    paragraphs: [],
    sentences: [],
    quotes: [],
    title: own(title),
    outlet: own(outlet),
    byline: own(byline),
    ...(dateline === undefined ? {} : { dateline: own(dateline) }),
    ...(url === undefined ? {} : { url: own(url) }),
    ...(published ? { published: { ...published, value: own(published.value) } } : {}),
  };
}
