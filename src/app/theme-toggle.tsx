import type { Theme } from "../lib/url-state.ts";

interface ThemeToggleProps {
  theme: Theme;
  onChange: (theme: Theme) => void;
}

/** A switch between light and dark; its state is the theme in use, whether chosen or the system's. */
export function ThemeToggle({ theme, onChange }: ThemeToggleProps) {
  const dark = theme === "dark";
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => onChange(dark ? "light" : "dark")}
      className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-surface px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 print:hidden"
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span>
      Dark theme
    </button>
  );
}
