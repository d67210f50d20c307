import { useQueries, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Article, TimelineEvent } from "../../../dataset/index.ts";
import { articleChunkQuery, eventChunkQuery } from "../api/dataset-queries.ts";
import { appQueryClient } from "../../../lib/query-client.ts";
import { useCurrentDataset } from "./dataset-context.ts";

type ArticleChunkResult = UseQueryResult<Article[]>;

/** The articles of every chunk asked for, once all have come; the failed queries, for a retry. */
function combineArticles(results: ArticleChunkResult[]) {
  const lists = results.map((r) => r.data);
  const byId = lists.every((list) => list !== undefined)
    ? new Map(lists.flatMap((list) => list.map((a) => [a.id, a] as const)))
    : undefined;
  return { byId, failed: results.filter((r) => r.isError) };
}

export type EventDetailsState =
  | { status: "pending" }
  | { status: "error"; error: Error; retry: () => void; isRetrying: boolean }
  | { status: "success"; event: TimelineEvent; articleById: ReadonlyMap<string, Article> };

/**
 * One event whole, with the articles that report it: the chunk holding the event and the chunks
 * holding its sources' texts, each fetched once and kept, so going back to an event is instant.
 */
export function useEventDetails(eventId: string | undefined): EventDetailsState {
  const dataset = useCurrentDataset();
  const position = eventId === undefined ? undefined : dataset.positionOf(eventId);
  const light = position === undefined ? undefined : dataset.events.events[position];
  const chunk = position === undefined ? 0 : Math.floor(position / dataset.eventsPerChunk);
  const fromChunks = !dataset.whole && light !== undefined;
  const events = useQuery(
    { ...eventChunkQuery(dataset, chunk), enabled: fromChunks },
    appQueryClient(),
  );
  const articleChunks = useMemo(() => {
    const chunks = new Set<number>();
    for (const source of light?.sources ?? []) {
      const at = dataset.articleById.get(source.articleId)?.chunk ?? -1;
      if (at >= 0) chunks.add(at);
    }
    return [...chunks].sort((a, b) => a - b);
  }, [light, dataset]);
  const articles = useQueries(
    {
      queries: articleChunks.map((n) => ({
        ...articleChunkQuery(dataset, n),
        enabled: fromChunks,
      })),
      combine: combineArticles,
    },
    appQueryClient(),
  );

  if (dataset.whole) {
    const event = eventId === undefined ? undefined : dataset.whole.eventById.get(eventId);
    return event
      ? { status: "success", event, articleById: dataset.whole.articleById }
      : { status: "pending" };
  }
  const failed = [events, ...articles.failed];
  const error = events.error ?? articles.failed[0]?.error;
  if (error)
    return {
      status: "error",
      error,
      retry: () => failed.filter((q) => q.isError).forEach((q) => void q.refetch()),
      isRetrying: failed.some((q) => q.isFetching),
    };
  const event = events.data?.find((e) => e.id === eventId);
  if (events.data && !event && light)
    return {
      status: "error",
      error: new Error(`The details of event ${light.id} are not in its chunk (${chunk}).`),
      retry: () => void events.refetch(),
      isRetrying: events.isFetching,
    };
  if (event && articles.byId) return { status: "success", event, articleById: articles.byId };
  return { status: "pending" };
}
