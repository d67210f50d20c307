import { useCallback, useEffect, useMemo, useState } from "react";
import { CorrectionsToggle } from "../features/corrections/components/corrections-toggle.tsx";
import { useMergePick } from "../features/corrections/hooks/use-merge-pick.ts";
import type { Dataset } from "../features/dataset/model/dataset.ts";
import { EventDetails, type FocusRequest } from "../features/details/components/event-details.tsx";
import { FiltersToggle } from "../features/filters/components/filters-toggle.tsx";
import { activeFilterCount } from "../features/filters/model/active-filters.ts";
import { rankedByScore } from "../features/filters/model/ranking.ts";
import type { TopicKey } from "../features/filters/model/topic-filter.ts";
import { topicsToUrl } from "../features/filters/model/url-filters.ts";
import { listHeight } from "../features/list/model/list-size.ts";
import { ShareButton } from "../features/share/components/share-button.tsx";
import { Timeline, type VisibleRange } from "../features/timeline/components/timeline.tsx";
import { TimelineLegend } from "../features/timeline/components/timeline-legend.tsx";
import { formatEventDate } from "../lib/format-event-date.ts";
import { useMediaQuery } from "../lib/hooks/use-media-query.ts";
import type { HistoryMode } from "../lib/hooks/use-url-state.ts";
import type { ViewState } from "../lib/url-state.ts";
import { createValueStore } from "../lib/value-store.ts";
import { Announcer } from "./announcer.tsx";
import { TIMELINE_PLOT_ID } from "./skip-link.tsx";
import { InView } from "./in-view.tsx";
import { useDatasetView } from "./use-dataset-view.ts";
import { StoryModeSlot, StoryStartSlot } from "./story-slots.tsx";
import { ViewCount } from "./view-count.tsx";
import { afterDrawComponent, FirstScreenPart } from "../lib/after-draw-component.tsx";
import { lazyComponent } from "../lib/lazy-component.ts";
import { ViewEmptySlot } from "./view-empty-slot.tsx";
import { CLEAR_FILTERS } from "./view-undo.ts";

/** Shown in the share dialog, which loads when asked for: it comes with it. */
const ExportPanel = lazyComponent(
  () => import("../features/export/components/export-panel.tsx"),
  "ExportPanel",
);

/*
 * The filters and the list are on the first screen but the timeline's first draw does not need
 * them: their code comes right after it, in parallel, into space kept for them.
 */
const FilterPanel = afterDrawComponent(
  () => import("../features/filters/components/filter-panel.tsx"),
  "FilterPanel",
);
const FilterDrawer = afterDrawComponent(
  () => import("../features/filters/components/filter-drawer.tsx"),
  "FilterDrawer",
);
const EventList = afterDrawComponent(
  () => import("../features/list/components/event-list.tsx"),
  "EventList",
);

interface ExplorerProps {
  dataset: Dataset;
  view: ViewState;
  setView: (patch: Partial<ViewState>, mode: HistoryMode) => void;
  /** The dataset has researcher's corrections: offer to show the extraction without them. */
  correctable?: boolean;
}

const toggle = (values: readonly string[], value: string, on: boolean) =>
  on ? [...new Set([...values, value])] : values.filter((v) => v !== value);

const card = "rounded-xl border border-slate-200 bg-surface p-4 shadow-sm sm:p-5";

/** Wide enough for the filters beside the timeline; below it they are a drawer. */
const SIDE_PANEL_QUERY = "(min-width: 1024px)";
/** Wide enough that the side panel starts open and the timeline still has room for labels. */
const PANEL_OPEN_QUERY = "(min-width: 1280px)";

/**
 * The loaded explorer, timeline first: the timeline with the selected event's details beside it
 * (below it, or a bottom sheet, on smaller screens), the list under the timeline, and the filters
 * in a side panel that folds away (a drawer on smaller screens). Everything is driven by the view
 * in the URL; every change goes through `setView`: "push" for discrete changes, "replace" for
 * continuous ones (see HistoryMode).
 */
export function Explorer({ dataset, view, setView, correctable = false }: ExplorerProps) {
  const { doc, filters, shown, topicLabel, colorOf, topicOf, readingOf, selected, around, range } =
    useDatasetView(dataset, view);
  const { hiddenTopics } = filters.criteria;
  const wide = useMediaQuery(SIDE_PANEL_QUERY);
  const [panelOpen, setPanelOpen] = useState(() => window.matchMedia(PANEL_OPEN_QUERY).matches);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The timeline reports its count on every frame: only the parts that show it re-render.
  const [inView] = useState(() => createValueStore<number | undefined>(undefined));
  // Set when a reader chooses an event (click, Enter), not when browsing with the arrow keys.
  const [focusRequest, setFocusRequest] = useState<FocusRequest>();
  // While a correction form picks the event to merge with, a chosen event goes to the form.
  const take = useMergePick()?.take;

  const select = useCallback(
    (id: string | undefined, mode: HistoryMode = "push") => {
      setFocusRequest(undefined);
      setView({ event: id }, mode);
    },
    [setView],
  );
  const choose = useCallback(
    (id: string) => {
      if (take?.(id)) return;
      setView({ event: id }, "push");
      setFocusRequest({ eventId: id, from: document.activeElement });
    },
    [setView, take],
  );
  const browse = useCallback((id: string) => select(id, "replace"), [select]);
  // A folded panel, or the drawer, opens on the click that asks for it: their code comes anyway.
  useEffect(() => {
    FilterPanel.preload();
    FilterDrawer.preload();
  }, []);
  // Zoom and pan arrive many times a second while a gesture lasts: one history entry, replaced.
  const onRangeChange = useCallback(
    (next: VisibleRange) => setView({ from: next.from, to: next.to }, "replace"),
    [setView],
  );
  const storyGo = useCallback((patch: Partial<ViewState>) => setView(patch, "replace"), [setView]);
  const story = { events: shown, selected, view, window: doc.window, go: storyGo };
  // A search lists its best matches first; the timeline keeps them in time.
  const ranked = useMemo(() => rankedByScore(shown, filters.criteria), [shown, filters.criteria]);
  const listLabel = ranked ? `Best matches for “${view.q.trim()}” first` : "Events in date order";

  // The filters, the details and the list do not change with the visible range: made once per
  // change of what they show, so that the URL catching up with a zoom (from/to) re-renders the
  // explorer without re-rendering them.
  const filterPanel = useMemo(
    () => (
      <FirstScreenPart name="The filters">
        <FilterPanel
          filters={filters}
          query={view.q}
          onQueryChange={(q) => setView({ q }, "replace")}
          onTopicChange={(key: TopicKey, on: boolean) => {
            const hidden = new Set(hiddenTopics);
            if (on) hidden.delete(key);
            else hidden.add(key);
            setView({ topics: topicsToUrl(hidden, filters.topicKeys) }, "push");
          }}
          onShowAllTopics={() => setView({ topics: undefined }, "push")}
          onActorChange={(actor, on) =>
            setView({ actors: toggle([...filters.criteria.actors], actor, on) }, "push")
          }
          onOutletChange={(outlet, on) =>
            setView({ outlets: toggle([...filters.criteria.outlets], outlet, on) }, "push")
          }
          onMinOutletsChange={(n) => setView({ minOutlets: n > 1 ? n : undefined }, "push")}
          onClearAll={() => setView(CLEAR_FILTERS, "push")}
        />
      </FirstScreenPart>
    ),
    [filters, hiddenTopics, view.q, setView],
  );
  const details = useMemo(
    () => (
      <EventDetails
        event={selected}
        topicLabel={topicLabel}
        neighbours={around}
        onSelect={select}
        onClose={() => select(undefined)}
        focusRequest={focusRequest}
      />
    ),
    [selected, topicLabel, around, select, focusRequest],
  );
  const selectedId = selected?.id;
  const list = useMemo(
    () =>
      shown.length > 0 ? (
        <FirstScreenPart
          name="The list"
          placeholder={
            // The list's box until its code is in.
            <div
              style={{ height: listHeight(shown.length) }}
              className="rounded-lg border border-slate-200"
            />
          }
        >
          <EventList
            events={ranked ?? shown}
            label={listLabel}
            selectedId={selectedId}
            onSelect={(id, browsing) => (browsing ? browse(id) : choose(id))}
            colorOf={colorOf}
            readingOf={readingOf}
          />
        </FirstScreenPart>
      ) : (
        <p className="text-sm text-slate-600">No events to list.</p>
      ),
    [shown, ranked, listLabel, selectedId, browse, choose, colorOf, readingOf],
  );

  return (
    <div className="flex items-start gap-5">
      <Announcer
        message={selected ? `Selected: ${selected.title}, ${formatEventDate(selected.date)}` : ""}
      />
      {wide && panelOpen && (
        <aside
          id="filter-panel"
          aria-label="Filters"
          className={`${card} sticky top-4 max-h-[calc(100dvh-2rem)] w-60 shrink-0 overflow-y-auto print:hidden`}
        >
          {filterPanel}
        </aside>
      )}
      {!wide && drawerOpen && (
        <FirstScreenPart name="The filters">
          <FilterDrawer shown={shown.length} onClose={() => setDrawerOpen(false)}>
            {filterPanel}
          </FilterDrawer>
        </FirstScreenPart>
      )}

      <div className="grid min-w-0 flex-1 items-start gap-5 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-label="Timeline" className={`${card} min-w-0`}>
          <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-2">
            <FiltersToggle
              active={activeFilterCount(filters.criteria)}
              open={wide ? panelOpen : drawerOpen}
              mode={wide ? "panel" : "drawer"}
              onToggle={() => (wide ? setPanelOpen(!panelOpen) : setDrawerOpen(true))}
            />
            <InView store={inView}>
              {(count) => (
                <ViewCount matching={shown.length} total={doc.events.length} inView={count} />
              )}
            </InView>
            {correctable && (
              <CorrectionsToggle
                on={view.corrections !== "off"}
                onChange={(on) => setView({ corrections: on ? undefined : "off" }, "push")}
              />
            )}
            <ShareButton
              document={doc}
              view={view}
              selected={selected}
              preload={ExportPanel.preload}
            >
              <ExportPanel events={shown} />
            </ShareButton>
            {view.mode !== "story" && <StoryStartSlot {...story} />}
          </div>
          {view.mode === "story" && (
            <div className="mb-2">
              <StoryModeSlot {...story} />
            </div>
          )}
          <Timeline
            events={shown}
            window={doc.window}
            range={range}
            onRangeChange={onRangeChange}
            laneMode={view.lanes}
            onLaneModeChange={(lanes) => setView({ lanes }, "push")}
            selectedId={selected?.id}
            onSelect={choose}
            onBrowse={browse}
            colorOf={colorOf}
            topicOf={topicOf}
            readingOf={readingOf}
            onVisibleCountChange={inView.set}
            plotId={TIMELINE_PLOT_ID}
            fitToScreen
          />
          <InView store={inView}>
            {(count) => (
              <ViewEmptySlot
                filters={filters}
                query={view.q}
                inView={count}
                setView={(patch) => setView(patch, "push")}
              />
            )}
          </InView>
          <div className="mt-3">
            <TimelineLegend />
          </div>
        </section>

        <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-stretch">
          {details}
        </div>

        <section aria-label="Event list" className={`${card} min-w-0 print:hidden`}>
          <h2 className="mb-3 text-sm font-semibold text-slate-800">{listLabel}</h2>
          {list}
        </section>
      </div>
    </div>
  );
}
