import { useState } from "react";
import { DatasetError } from "../features/dataset/components/dataset-error.tsx";
import { DatasetLoading } from "../features/dataset/components/dataset-loading.tsx";
import { DatasetRefused } from "../features/dataset/components/dataset-refused.tsx";
import {
  MergePickContext,
  useMergePickState,
} from "../features/corrections/hooks/use-merge-pick.ts";
import { useViewedDataset } from "../features/corrections/hooks/use-viewed-dataset.ts";
import { DatasetContext } from "../features/dataset/hooks/dataset-context.ts";
import { useDataset } from "../features/dataset/hooks/use-dataset.ts";
import { useUrlState } from "../lib/hooks/use-url-state.ts";
import { serializeViewState } from "../lib/url-state.ts";
import { LazyBoundary } from "../lib/lazy-boundary.tsx";
import { lazyComponent } from "../lib/lazy-component.ts";
import { Explorer } from "./explorer.tsx";
import { PageHeader } from "./page-header.tsx";
import { SkipLink } from "./skip-link.tsx";
import { useTheme } from "./use-theme.ts";

/** About the data (with the dataset's citation) loads when a reader reaches for it. */
const About = lazyComponent(() => import("./about.tsx"), "About");

/** The page: a header, then the explorer once the dataset has loaded (or why it has not). */
export function App() {
  const [view, setView] = useUrlState();
  const state = useDataset(view.data);
  const theme = useTheme(view.theme);
  const [aboutOpen, setAboutOpen] = useState(false);
  const viewed = useViewedDataset(
    state.status === "success" ? state.dataset : undefined,
    view.corrections,
  );
  const { dataset, correctable } = viewed;
  const mergePick = useMergePickState(dataset?.events.events);
  return (
    <DatasetContext.Provider value={dataset}>
      <div className="mx-auto max-w-[120rem] px-3 py-3 sm:px-5 sm:py-4">
        <SkipLink />
        <PageHeader
          dataset={dataset}
          theme={theme}
          onThemeChange={(next) => setView({ theme: next }, "push")}
          onAbout={() => setAboutOpen(true)}
          onAboutIntent={About.preload}
        />
        {aboutOpen && dataset && (
          <LazyBoundary name="About the data">
            <About
              dataset={dataset}
              data={view.data}
              onSelectEvent={(event) => setView({ event: event.id }, "push")}
              onClose={() => setAboutOpen(false)}
            />
          </LazyBoundary>
        )}
        <main>
          {(state.status === "pending" || viewed.pending) && <DatasetLoading />}
          {state.status === "refused" && (
            <DatasetRefused
              reason={state.reason}
              explorerHref={`./${serializeViewState({ ...view, data: undefined })}`}
            />
          )}
          {state.status === "error" && (
            <DatasetError
              errors={state.errors}
              onRetry={state.retry}
              isRetrying={state.isRetrying}
            />
          )}
          {viewed.error && (
            <DatasetError errors={[viewed.error]} onRetry={viewed.retry} isRetrying={false} />
          )}
          {dataset && (
            <MergePickContext.Provider value={mergePick}>
              <Explorer dataset={dataset} view={view} setView={setView} correctable={correctable} />
            </MergePickContext.Provider>
          )}
        </main>
      </div>
    </DatasetContext.Provider>
  );
}
