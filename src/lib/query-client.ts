import { QueryClient } from "@tanstack/react-query";
import { retryDelay, shouldRetry } from "./retry-policy.ts";

/** The one place the app's QueryClient is configured. The dataset is static for a page's life. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}

let pageClient: QueryClient | undefined;

/**
 * The page's one client, for the parts that load after the first draw (an event's details, the
 * whole dataset for the export, About and corrections). Not provided by a QueryClientProvider
 * at the root: the root renders before the first draw, and TanStack Query is not part of what
 * the first draw downloads. The hooks pass it to useQuery; one client, so one cache for all.
 */
export function appQueryClient(): QueryClient {
  if (!pageClient) {
    pageClient = createQueryClient();
    // What a provider would do: paused queries resume when the browser is back online.
    pageClient.mount();
  }
  return pageClient;
}
