import { useCallback, useEffect, useRef, useState } from "react";
import type { Dataset } from "../features/dataset/model/dataset.ts";
import { EventDetails } from "../features/details/components/event-details.tsx";
import { TopicKey } from "../features/embed/components/topic-key.tsx";
import type { SendToHost } from "../features/embed/hooks/use-host-channel.ts";
import { explorerUrl } from "../features/embed/model/explorer-link.ts";
import { readyMessage, selectMessage } from "../features/embed/model/protocol.ts";
import { toViewMessage } from "../features/embed/model/view-message.ts";
import { Timeline, type VisibleRange } from "../features/timeline/components/timeline.tsx";
import { TimelineLegend } from "../features/timeline/components/timeline-legend.tsx";
import type { ViewState } from "../lib/url-state.ts";
import { createValueStore } from "../lib/value-store.ts";
import { InView } from "./in-view.tsx";
import { useDatasetView } from "./use-dataset-view.ts";
import { StoryModeSlot, StoryStartSlot } from "./story-slots.tsx";
import { ViewCount } from "./view-count.tsx";
import { ViewEmptySlot } from "./view-empty-slot.tsx";

interface EmbedViewProps {
  dataset: Dataset;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
  send: SendToHost;
}

/**
 * The embedded timeline: a caption with the count of what is in view, a key of the topics and the
 * marks, the timeline and the selected event as a card that scrolls on its own, its evidence
 * first, with a link to the full explorer on the same view. Filters come from the URL or the host's messages; the
 * reader zooms, pans, switches lanes and selects.
 */
export function EmbedView({ dataset, view, setView, send }: EmbedViewProps) {
  const { doc, filters, shown, topicLabel, colorOf, topicOf, readingOf, selected, around, range } =
    useDatasetView(dataset, view);
  const onRangeChange = useCallback(
    (next: VisibleRange) => setView({ from: next.from, to: next.to }),
    [setView],
  );
  const select = useCallback((id: string | undefined) => setView({ event: id }), [setView]);
  // The timeline reports its count on every frame: only the parts that show it re-render.
  const [inView] = useState(() => createValueStore<number | undefined>(undefined));
  const story = { events: shown, selected, view, window: doc.window, go: setView, compact: true };
  const pageUrl = window.location.href;
  const explorer = explorerUrl(view, pageUrl);

  // "ready" once per dataset, with the view as it stands; then every change of selection.
  const announced = useRef<{ dataset: Dataset; selected: string | undefined }>(undefined);
  const label = dataset.source.custom ?? "bundled";
  useEffect(() => {
    if (announced.current?.dataset !== dataset) {
      send(readyMessage(toViewMessage(view), shown.length, doc.events.length, label));
      announced.current = { dataset, selected: selected?.id };
      return;
    }
    if (announced.current.selected === selected?.id) return;
    announced.current.selected = selected?.id;
    send(
      selectMessage(
        selected
          ? {
              id: selected.id,
              title: selected.title,
              date: selected.date.value,
              url: explorerUrl({ ...view, event: selected.id }, pageUrl),
            }
          : null,
      ),
    );
  }, [dataset, selected, send, view, shown.length, doc.events.length, label, pageUrl]);

  return (
    // The frame's own size, whatever it is (320 × 300 to 800 × 600 and beyond): the timeline
    // takes what the header and key leave, and the selected event's card at most half the
    // frame, scrolling inside so its evidence is always a scroll away within the frame.
    <div className="flex h-full min-h-0 flex-col gap-1.5">
      <header className="flex flex-none flex-wrap items-baseline gap-x-3">
        <h1 className="min-w-0 flex-1 truncate text-sm leading-snug font-semibold text-slate-900">
          {view.title ?? "Dialogue Timeline"}
        </h1>
        <a
          href={explorer}
          target="_blank"
          rel="noopener"
          className="text-xs font-medium whitespace-nowrap text-sky-700 underline hover:text-sky-600"
        >
          Open in the full explorer
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </header>
      <div className="flex flex-none flex-wrap items-center justify-between gap-x-3 gap-y-1 text-xs">
        <InView store={inView}>
          {(count) => (
            <ViewCount matching={shown.length} total={doc.events.length} inView={count} />
          )}
        </InView>
        {view.mode !== "story" && (
          // A frame both narrow and short has no line to spare; mode=story still steps.
          <span className="[@media(max-width:639px)_and_(max-height:479px)]:hidden">
            <StoryStartSlot {...story} />
          </span>
        )}
      </div>
      {view.mode === "story" && (
        <div className="flex-none">
          <StoryModeSlot {...story} />
        </div>
      )}
      {/* One line that scrolls sideways in a narrow frame; focusable, so keys scroll it too. */}
      <div
        className="flex flex-none items-center gap-x-4 overflow-x-auto pb-0.5 whitespace-nowrap focus-visible:outline-2 focus-visible:outline-sky-600"
        role="region"
        aria-label="Key"
        tabIndex={0}
        data-testid="embed-key"
      >
        <TopicKey events={shown} topicOf={topicOf} topicLabel={topicLabel} />
        <TimelineLegend compact />
      </div>
      {/* At least the toolbar, the axis and a row of marks; the card gives way first. */}
      <div className="min-h-30 flex-1 overflow-x-hidden overflow-y-auto" data-testid="embed-plot">
        <Timeline
          events={shown}
          window={doc.window}
          range={range}
          onRangeChange={onRangeChange}
          laneMode={view.lanes}
          onLaneModeChange={(lanes) => setView({ lanes })}
          selectedId={selected?.id}
          onSelect={select}
          colorOf={colorOf}
          topicOf={topicOf}
          readingOf={readingOf}
          onVisibleCountChange={inView.set}
          compact
        />
        <InView store={inView}>
          {(count) => (
            <ViewEmptySlot filters={filters} query={view.q} inView={count} setView={setView} />
          )}
        </InView>
      </div>
      {selected && (
        <div
          className="flex max-h-[50%] min-h-0 shrink flex-col [@media(max-height:479px)]:max-h-[55%]"
          data-testid="embed-card"
        >
          <EventDetails
            layout="card"
            event={selected}
            topicLabel={topicLabel}
            neighbours={around}
            onSelect={select}
            onClose={() => select(undefined)}
          />
        </div>
      )}
    </div>
  );
}
