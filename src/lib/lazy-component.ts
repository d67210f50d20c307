import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { firstDrawn } from "./first-screen.ts";

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
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const Component = lazy(async () => ({ default: (await once())[name] }));
  return Object.assign(Component, { preload: () => void once().catch(() => undefined) });
}

/**
 * A part of the first screen that the timeline's first draw does not need (the filters, the
 * list): its code is downloaded once the timeline has drawn, not before, so that the first draw
 * waits for less. Render it inside a FirstScreenPart, which holds its place meanwhile.
 */
export function afterDrawComponent<M extends Record<K, AnyComponent>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyComponent<M[K]> {
  return lazyComponent(() => firstDrawn().then(load), name);
}
