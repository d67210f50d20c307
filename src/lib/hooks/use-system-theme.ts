import { useSyncExternalStore } from "react";
import type { Theme } from "../url-state.ts";

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", listener);
  return () => media.removeEventListener("change", listener);
}

/** The operating system's colour scheme, kept current when the user changes it. */
export function useSystemTheme(): Theme {
  return useSyncExternalStore(subscribe, () =>
    window.matchMedia(QUERY).matches ? "dark" : "light",
  );
}
