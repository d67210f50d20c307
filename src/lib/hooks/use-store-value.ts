import { useSyncExternalStore } from "react";
import type { ValueStore } from "../value-store.ts";

/** The current value of `store`; the calling component alone re-renders when it changes. */
export function useStoreValue<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
