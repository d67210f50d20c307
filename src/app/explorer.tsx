import { useCallback } from "react";
import type { Dataset } from "../features/dataset/model/dataset.ts";
import { EventDetails } from "../features/details/components/event-details.tsx";
import { ExportPanel } from "../features/export/components/export-panel.tsx";
import { FilterPanel } from "../features/filters/components/filter-panel.tsx";
import type { TopicKey } from "../features/filters/model/topic-filter.ts";
import { topicsToUrl } from "../features/filters/model/url-filters.ts";
import { EventList } from "../features/list/components/event-list.tsx";
import { ShareButton } from "../features/share/components/share-button.tsx";
import { Timeline, type VisibleRange } from "../features/timeline/components/timeline.tsx";
import { TimelineLegend } from "../features/timeline/components/timeline-legend.tsx";
import { formatEventDate } from "../lib/format-event-date.ts";
import type { HistoryMode } from "../lib/hooks/use-url-state.ts";
import type { ViewState } from "../lib/url-state.ts";
import { Announcer } from "./announcer.tsx";
import { NoMatches } from "./no-matches.tsx";
import { useDatasetView } from "./use-dataset-view.ts";

interface ExplorerProps {
  dataset: Dataset;
  view: ViewState;
  setView: (patch: Partial<ViewState>, mode: HistoryMode) => void;
}

const toggle = (values: readonly string[], value: string, on: boolean) =>
  on ? [...new Set([...values, value])] : values.filter((v) => v !== value);

const card = "rounded-xl border border-slate-200 bg-surface p-5 shadow-sm";

/**
 * The loaded explorer: filters, the timeline, the list and the selected event's details, all
 * driven by the view in the URL. Every change goes through `setView`: "push" for discrete
 * changes, "replace" for continuous ones (see HistoryMode).
 */
export function Explorer({ dataset, view, setView }: ExplorerProps) {
  const { doc, filters, shown, topicLabel, colorOf, topicOf, selected, around, range } =
    useDatasetView(dataset, view);
  const { hiddenTopics } = filters.criteria;

  const select = useCallback(
    (id: string | undefined, mode: HistoryMode = "push") => setView({ event: id }, mode),
    [setView],
  );
  // Zoom and pan arrive many times a second while a gesture lasts: one history entry, replaced.
  const onRangeChange = useCallback(
    (next: VisibleRange) => setView({ from: next.from, to: next.to }, "replace"),
    [setView],
  );
  const setTopic = (key: TopicKey, on: boolean) => {
    const hidden = new Set(hiddenTopics);
    if (on) hidden.delete(key);
    else hidden.add(key);
    setView({ topics: topicsToUrl(hidden, filters.topicKeys) }, "push");
  };
  const clearFilters = () => setView({ topics: undefined, actors: [], outlets: [], q: "" }, "push");

  return (
    <div className="space-y-5">
      <Announcer
        message={selected ? `Selected: ${selected.title}, ${formatEventDate(selected.date)}` : ""}
      />
      <section aria-label="Filters" className={`${card} print:hidden`}>
        <FilterPanel
          filters={filters}
          query={view.q}
          onQueryChange={(q) => setView({ q }, "replace")}
          onTopicChange={setTopic}
          onShowAllTopics={() => setView({ topics: undefined }, "push")}
          onActorChange={(actor, on) =>
            setView({ actors: toggle([...filters.criteria.actors], actor, on) }, "push")
          }
          onOutletChange={(outlet, on) =>
            setView({ outlets: toggle([...filters.criteria.outlets], outlet, on) }, "push")
          }
          onClearAll={clearFilters}
        />
      </section>

      <section aria-label="Timeline" className={card}>
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-2">
            <p role="status" className="text-sm text-slate-700">
              <span className="font-semibold tabular-nums" data-testid="shown-count">
                {shown.length} of {doc.events.length} events
              </span>{" "}
              shown
            </p>
            <ShareButton
              document={doc}
              articleById={dataset.articleById}
              view={view}
              selected={selected}
            >
              <ExportPanel document={doc} articleById={dataset.articleById} events={shown} />
            </ShareButton>
          </div>
          <TimelineLegend />
        </div>
        <Timeline
          events={shown}
          window={doc.window}
          range={range}
          onRangeChange={onRangeChange}
          laneMode={view.lanes}
          onLaneModeChange={(lanes) => setView({ lanes }, "push")}
          selectedId={selected?.id}
          onSelect={select}
          colorOf={colorOf}
          topicOf={topicOf}
        />
        {shown.length === 0 && <NoMatches onClear={clearFilters} />}
      </section>

      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-label="Event list" className={`${card} print:hidden`}>
          <h2 className="mb-3 text-sm font-semibold text-slate-800">Events in date order</h2>
          {shown.length > 0 ? (
            <EventList
              events={shown}
              selectedId={selected?.id}
              onSelect={(id, browse) => select(id, browse ? "replace" : "push")}
              colorOf={colorOf}
            />
          ) : (
            <p className="text-sm text-slate-600">No events to list.</p>
          )}
        </section>
        <EventDetails
          event={selected}
          articleById={dataset.articleById}
          topicLabel={topicLabel}
          neighbours={around}
          onSelect={select}
          onClose={() => select(undefined)}
        />
      </div>
    </div>
  );
}
