import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { partStyles } from "./part-styles.ts";

/** Any component, as `React.lazy` takes it (its props are checked where it is rendered). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

/** A component loaded on first render, or earlier by `preload` (on hover, on focus, when idle). */
export type LazyComponent<C extends AnyComponent> = LazyExoticComponent<C> & {
  preload: () => void;
};

/**
 * `React.lazy` for a named export, with a `preload` that starts the download before the first
 * render needs it, so that a dialog opens on the click that asks for it, without a wait. One
 * download serves both; a failed one may be tried again.
 */
export function lazyComponent<M extends Record<K, AnyComponent>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyComponent<M[K]> {
  let loading: Promise<M> | undefined;
  const once = () =>
    (loading ??= Promise.all([load(), partStyles()])
      .then(([module]) => module)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  const Component = lazy(async () => ({ default: (await once())[name] }));
  return Object.assign(Component, { preload: () => void once().catch(() => undefined) });
}
