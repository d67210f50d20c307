import { useMemo } from "react";
import { yearsOfWindow } from "../features/about/model/years-of-window.ts";
import { tagline } from "../features/about/model/tagline.ts";
import type { Dataset } from "../features/dataset/model/dataset.ts";
import type { Theme } from "../lib/url-state.ts";
import { ThemeToggle } from "./theme-toggle.tsx";

/** The bundled dataset's subject; another dataset's subject is not ours to name. */
const SUBJECT = "US–China cyber and military-to-military dialogue";

interface PageHeaderProps {
  /** Undefined until the dataset has loaded. */
  dataset: Dataset | undefined;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  onAbout: () => void;
  /** The pointer or the focus reached "About the data": a click may follow. */
  onAboutIntent: () => void;
}

/** The name, a tagline that says what the data is in figures, About the data, and the theme. */
export function PageHeader(props: PageHeaderProps) {
  const { dataset, theme, onThemeChange, onAbout, onAboutIntent } = props;
  const line = useMemo(() => {
    if (!dataset) return `${SUBJECT}, from news reports.`;
    const summary = {
      events: dataset.events.events.length,
      articles: dataset.articleCount,
      outlets: dataset.outletCount,
      ...yearsOfWindow(dataset.events.window),
    };
    return tagline(summary, dataset.source.custom ? undefined : SUBJECT);
  }, [dataset]);
  return (
    <header className="mb-3 grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-0.5">
      <h1 className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl">
        Dialogue Timeline
      </h1>
      <div className="flex items-center gap-2 print:hidden">
        <button
          type="button"
          aria-haspopup="dialog"
          disabled={!dataset}
          onClick={onAbout}
          onPointerEnter={onAboutIntent}
          onFocus={onAboutIntent}
          className="rounded-full border border-slate-300 bg-surface px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50"
        >
          About the data
        </button>
        <ThemeToggle theme={theme} onChange={onThemeChange} />
      </div>
      <p className="col-span-2 max-w-5xl text-sm text-slate-600" data-testid="tagline">
        {line}
      </p>
    </header>
  );
}
