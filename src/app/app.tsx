import { DatasetError } from "../features/dataset/components/dataset-error.tsx";
import { DatasetLoading } from "../features/dataset/components/dataset-loading.tsx";
import { DatasetRefused } from "../features/dataset/components/dataset-refused.tsx";
import { useDataset } from "../features/dataset/hooks/use-dataset.ts";
import { useUrlState } from "../lib/hooks/use-url-state.ts";
import { serializeViewState } from "../lib/url-state.ts";
import { Explorer } from "./explorer.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";
import { useTheme } from "./use-theme.ts";

/** The page: a header, then the explorer once the dataset has loaded (or why it has not). */
export function App() {
  const [view, setView] = useUrlState();
  const state = useDataset(view.data);
  const theme = useTheme(view.theme);
  return (
    <div className="mx-auto max-w-7xl px-3 py-6 sm:px-6 sm:py-8 lg:px-8">
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            Dialogue Timeline
          </h1>
          <p className="mt-1 max-w-3xl text-slate-600">
            US–China cyber and military-to-military dialogue, 2010–2013: every meeting, statement
            and plan reported in the news, each traced to the sentences that report it.
          </p>
        </div>
        <ThemeToggle theme={theme} onChange={(next) => setView({ theme: next }, "push")} />
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
