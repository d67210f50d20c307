import { QueryClient } from "@tanstack/react-query";
import { FetchJsonError } from "../lib/fetch-json.ts";

const MAX_RETRIES = 2;

/**
 * Retry only what may pass on its own (network failures, 5xx). A document that breaks the
 * contract, or a missing file, fails the same way every time: show it at once.
 */
function shouldRetry(failureCount: number, error: Error): boolean {
  return error instanceof FetchJsonError && error.isTransient && failureCount < MAX_RETRIES;
}

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
      },
    },
  });
}
