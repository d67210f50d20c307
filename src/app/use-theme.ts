import { useEffect } from "react";
import { useSystemTheme } from "../lib/hooks/use-system-theme.ts";
import type { Theme } from "../lib/url-state.ts";

/**
 * The theme in use: the URL's choice, else the system's. It is applied as a class on <html>
 * (outside React's tree, so an effect) because the page background and the native dialog's
 * backdrop belong to the document, and Tailwind's `dark` variant keys off that class.
 */
export function useTheme(chosen: Theme | undefined): Theme {
  const system = useSystemTheme();
  const theme = chosen ?? system;
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle("dark", theme === "dark");
    root.style.colorScheme = theme;
  }, [theme]);
  return theme;
}
