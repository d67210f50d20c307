import { FetchJsonError } from "./fetch-json.ts";

/** Automatic retries after the first failure; then the error shows, with a Retry button. */
const MAX_RETRIES = 2;

/**
 * Retry only what may pass on its own (network failures, 5xx). A document that breaks the
 * contract, or a missing file, fails the same way every time: show it at once. `failures` is how
 * many attempts have failed before this one (0 after the first). Shared by the first draw's own
 * loads (resource.ts) and TanStack Query's client (query-client.ts).
 */
export function shouldRetry(failures: number, error: Error): boolean {
  return error instanceof FetchJsonError && error.isTransient && failures < MAX_RETRIES;
}

/** Wait before retry number `failures + 1`: 1 s, then 2 s (TanStack Query's default). */
export function retryDelay(failures: number): number {
  return Math.min(1000 * 2 ** failures, 30_000);
}
