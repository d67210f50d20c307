import { queryOptions } from "@tanstack/react-query";
import { dataUrlProblem } from "../../../lib/data-url.ts";
import { fetchJson } from "../../../lib/fetch-json.ts";
import type { DatasetSource } from "../model/source.ts";

/**
 * The contract's checks (zod and the schema): a chunk of their own, downloaded while the data
 * is, so that no other part of the page waits for them.
 */
const contract = () => import("../../../dataset/validate.ts");

/** The rule the `data` address was accepted by, applied to where a redirect took the request. */
const finalUrlCheck = (source: DatasetSource) => (url: URL) =>
  dataUrlProblem(url, source.scope)?.message;

/** The event dataset, fetched and checked against the contract; a contract break names its field. */
export const eventsQuery = (source: DatasetSource) =>
  queryOptions({
    queryKey: ["dataset", source.eventsUrl],
    queryFn: async ({ signal }) => {
      const [{ parseEventsDocument }, json] = await Promise.all([
        contract(),
        fetchJson(source.eventsUrl, source.eventsName, signal, finalUrlCheck(source)),
      ]);
      return parseEventsDocument(json, source.eventsName);
    },
  });

/** The source articles, fetched and checked against the contract. */
export const articlesQuery = (source: DatasetSource) =>
  queryOptions({
    queryKey: ["dataset", source.articlesUrl],
    queryFn: async ({ signal }) => {
      const [{ parseArticlesDocument }, json] = await Promise.all([
        contract(),
        fetchJson(source.articlesUrl, source.articlesName, signal, finalUrlCheck(source)),
      ]);
      return parseArticlesDocument(json, source.articlesName);
    },
  });
