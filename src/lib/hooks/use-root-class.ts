import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const getClass = () => document.documentElement.className;

/**
 * The class list of <html>, kept current: the theme is a class there (see app/use-theme.ts), and
 * what paints outside CSS (a canvas) must repaint when it changes.
 */
export function useRootClass(): string {
  return useSyncExternalStore(subscribe, getClass);
}
