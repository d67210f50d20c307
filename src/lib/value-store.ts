/**
 * One value that changes often, and who wants to know: a part of the page that changes many times
 * a second (the timeline's count of events in view, on every frame of a zoom) tells only the few
 * components that show it, instead of re-rendering the page that owns it.
 */
export interface ValueStore<T> {
  get(): T;
  /** Replaces the value and tells every subscriber; a value equal to the current one is ignored. */
  set(value: T): void;
  /** Calls `listener` after every change; returns what unsubscribes it. */
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(value) {
      if (Object.is(value, current)) return;
      current = value;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
