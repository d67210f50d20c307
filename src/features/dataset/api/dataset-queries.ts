import { queryOptions } from "@tanstack/react-query";
import { parseArticlesDocument, parseEventsDocument } from "../../../dataset/index.ts";
import { dataUrl } from "../../../lib/data-url.ts";
import { fetchJson } from "../../../lib/fetch-json.ts";

/** The event dataset, fetched and checked against the contract; a contract break names its field. */
export const eventsQuery = queryOptions({
  queryKey: ["dataset", "events.json"],
  queryFn: async ({ signal }) =>
    parseEventsDocument(await fetchJson(dataUrl("events.json"), "events.json", signal)),
});

/** The source articles, fetched and checked against the contract. */
export const articlesQuery = queryOptions({
  queryKey: ["dataset", "articles.json"],
  queryFn: async ({ signal }) =>
    parseArticlesDocument(await fetchJson(dataUrl("articles.json"), "articles.json", signal)),
});
