import { DatasetError } from "../features/dataset/components/dataset-error.tsx";
import { DatasetLoading } from "../features/dataset/components/dataset-loading.tsx";
import { DatasetRefused } from "../features/dataset/components/dataset-refused.tsx";
import { useDataset } from "../features/dataset/hooks/use-dataset.ts";
import { useUrlState } from "../lib/hooks/use-url-state.ts";
import { serializeViewState } from "../lib/url-state.ts";
import { Explorer } from "./explorer.tsx";
import { SkipLink } from "./skip-link.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";
import { useTheme } from "./use-theme.ts";

/** The page: a header, then the explorer once the dataset has loaded (or why it has not). */
export function App() {
  const [view, setView] = useUrlState();
  const state = useDataset(view.data);
  const theme = useTheme(view.theme);
  return (
    <div className="mx-auto max-w-[120rem] px-3 py-3 sm:px-5 sm:py-4">
      <SkipLink />
      <header className="mb-3 grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-0.5">
        <h1 className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl">
          Dialogue Timeline
        </h1>
        <div className="flex items-center gap-2">
          <ThemeToggle theme={theme} onChange={(next) => setView({ theme: next }, "push")} />
        </div>
        <p className="col-span-2 max-w-4xl text-sm text-slate-600">
          US–China cyber and military-to-military dialogue, 2010–2013: every meeting, statement and
          plan reported in the news, each traced to the sentences that report it.
        </p>
      </header>
      <main>
        {state.status === "pending" && <DatasetLoading />}
        {state.status === "refused" && (
          <DatasetRefused
            reason={state.reason}
            explorerHref={`./${serializeViewState({ ...view, data: undefined })}`}
          />
        )}
        {state.status === "error" && (
          <DatasetError errors={state.errors} onRetry={state.retry} isRetrying={state.isRetrying} />
        )}
        {state.status === "success" && (
          <Explorer dataset={state.dataset} view={view} setView={setView} />
        )}
      </main>
    </div>
  );
}
