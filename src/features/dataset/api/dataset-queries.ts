import { queryOptions } from "@tanstack/react-query";
import { parseArticlesDocument, parseEventsDocument } from "../../../dataset/index.ts";
import { dataUrlProblem } from "../../../lib/data-url.ts";
import { fetchJson } from "../../../lib/fetch-json.ts";
import type { DatasetSource } from "../model/source.ts";

/** The rule the `data` address was accepted by, applied to where a redirect took the request. */
const finalUrlCheck = (source: DatasetSource) => (url: URL) =>
  dataUrlProblem(url, source.scope)?.message;

/** The event dataset, fetched and checked against the contract; a contract break names its field. */
export const eventsQuery = (source: DatasetSource) =>
  queryOptions({
    queryKey: ["dataset", source.eventsUrl],
    queryFn: async ({ signal }) =>
      parseEventsDocument(
        await fetchJson(source.eventsUrl, source.eventsName, signal, finalUrlCheck(source)),
        source.eventsName,
      ),
  });

/** The source articles, fetched and checked against the contract. */
export const articlesQuery = (source: DatasetSource) =>
  queryOptions({
    queryKey: ["dataset", source.articlesUrl],
    queryFn: async ({ signal }) =>
      parseArticlesDocument(
        await fetchJson(source.articlesUrl, source.articlesName, signal, finalUrlCheck(source)),
        source.articlesName,
      ),
  });
