import type { DatasetSource } from "./source.ts";

/** The bundled dataset: `data/` beside the page (`bundledFolder` is that folder's URL). */
export function bundledSource(bundledFolder: URL): DatasetSource {
  return {
    eventsUrl: new URL("events.json", bundledFolder).href,
    articlesUrl: new URL("articles.json", bundledFolder).href,
    eventsName: "events.json",
    articlesName: "articles.json",
    custom: undefined,
    scope: { folder: bundledFolder.href, origins: [] },
  };
}
