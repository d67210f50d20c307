import { useCallback, useSyncExternalStore } from "react";
import { shouldRetry, retryDelay } from "./retry-policy.ts";

/** Where one load stands. A new object at each change (useSyncExternalStore compares them). */
export interface ResourceState<T> {
  data: T | undefined;
  /** The last failure, once every automatic retry has failed; cleared by the next success. */
  error: Error | undefined;
  /** A load (the first, or a retry) is under way. */
  fetching: boolean;
}

interface Entry<T> {
  state: ResourceState<T>;
  listeners: Set<() => void>;
  started: boolean;
}

export interface Resource<A, T> {
  /** What identifies a load: two arguments with one key share it. */
  key: (arg: A) => string;
  /** Starts the load for `arg` unless it has started (or succeeded) already. */
  load: (arg: A) => void;
  /** Loads `arg` again after a failure: what a Retry button calls. */
  retry: (arg: A) => void;
  state: (arg: A) => ResourceState<T>;
  subscribe: (arg: A, listener: () => void) => () => void;
}

const IDLE: ResourceState<never> = { data: undefined, error: undefined, fetching: false };

/**
 * The first draw's loads (the dataset's index, the site's settings, the search) without TanStack
 * Query, which comes after the draw for what needs it: one load per key, shared by every
 * component that asks and kept for the page's life (the data is static), retried on its own
 * when the failure may pass (a network error, a 5xx: see retry-policy.ts), and again on demand.
 */
export function createResource<A, T>(
  keyOf: (arg: A) => string,
  fetch: (arg: A) => Promise<T>,
): Resource<A, T> {
  const entries = new Map<string, Entry<T>>();
  const entry = (arg: A) => {
    const key = keyOf(arg);
    let found = entries.get(key);
    if (!found) entries.set(key, (found = { state: IDLE, listeners: new Set(), started: false }));
    return found;
  };
  const set = (at: Entry<T>, state: ResourceState<T>) => {
    at.state = state;
    for (const listener of [...at.listeners]) listener();
  };
  const run = (arg: A, at: Entry<T>) => {
    at.started = true;
    set(at, { ...at.state, fetching: true });
    const attempt = (failures: number) =>
      fetch(arg).then(
        (data) => set(at, { data, error: undefined, fetching: false }),
        (thrown: unknown) => {
          const error = thrown instanceof Error ? thrown : new Error(String(thrown));
          if (shouldRetry(failures, error))
            setTimeout(() => void attempt(failures + 1), retryDelay(failures));
          else set(at, { ...at.state, error, fetching: false });
        },
      );
    void attempt(0);
  };
  return {
    key: keyOf,
    load: (arg) => {
      const at = entry(arg);
      if (!at.started) run(arg, at);
    },
    retry: (arg) => {
      const at = entry(arg);
      if (!at.state.fetching) run(arg, at);
    },
    state: (arg) => entry(arg).state,
    subscribe: (arg, listener) => {
      const at = entry(arg);
      at.listeners.add(listener);
      return () => at.listeners.delete(listener);
    },
  };
}

export interface ResourceResult<T> extends ResourceState<T> {
  retry: () => void;
}

/**
 * What `resource` holds for `arg`, loading it when first asked for; `undefined` asks for nothing
 * (idle state), as a disabled query would.
 */
export function useResource<A, T>(resource: Resource<A, T>, arg: A | undefined): ResourceResult<T> {
  const key = arg === undefined ? undefined : resource.key(arg);
  const subscribe = useCallback(
    (listener: () => void) => {
      if (arg === undefined) return () => undefined;
      const stop = resource.subscribe(arg, listener);
      // Started once subscribed (after the commit), so a render that is thrown away loads nothing.
      resource.load(arg);
      return stop;
    },
    // The key stands for the argument: a new object for the same thing does not load again.
    [resource, key],
  );
  const state = useSyncExternalStore(subscribe, () =>
    arg === undefined ? (IDLE as ResourceState<T>) : resource.state(arg),
  );
  const retry = useCallback(() => {
    if (arg !== undefined) resource.retry(arg);
  }, [resource, key]);
  return { ...state, retry };
}
