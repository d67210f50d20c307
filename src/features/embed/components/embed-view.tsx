import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Dataset } from "../../dataset/model/dataset.ts";
import { EventDetails } from "../../details/components/event-details.tsx";
import { neighbours, sortChronologically } from "../../details/model/chronology.ts";
import { useFilters } from "../../filters/hooks/use-filters.ts";
import { useTopicEncoding } from "../../filters/hooks/use-topic-encoding.ts";
import { Timeline, type VisibleRange } from "../../timeline/components/timeline.tsx";
import type { ViewState } from "../../../lib/url-state.ts";
import type { SendToHost } from "../hooks/use-host-channel.ts";
import { explorerUrl } from "../model/explorer-link.ts";
import { readyMessage, selectMessage } from "../model/protocol.ts";
import { toViewMessage } from "../model/view-message.ts";
import { TopicKey } from "./topic-key.tsx";

interface EmbedViewProps {
  dataset: Dataset;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
  send: SendToHost;
}

/**
 * The embedded timeline: a caption, the timeline and the selected event's evidence, with a link
 * to the full explorer on the same view. Filters come from the URL or the host's messages; the
 * reader zooms, pans, switches lanes and selects.
 */
export function EmbedView({ dataset, view, setView, send }: EmbedViewProps) {
  const doc = dataset.events;
  const chronological = useMemo(() => sortChronologically(doc.events), [doc]);
  const filters = useFilters(doc, chronological, dataset.articleById, view);
  const shown = filters.events;
  const { topicLabel, colorOf, topicOf } = useTopicEncoding(doc, filters.criteria.hiddenTopics);

  const byId = useMemo(() => new Map(doc.events.map((e) => [e.id, e])), [doc]);
  const selected = view.event === undefined ? undefined : byId.get(view.event);
  const around = useMemo(
    () => (selected ? neighbours(shown, selected) : { previous: undefined, next: undefined }),
    [shown, selected],
  );
  const range = useMemo<VisibleRange | undefined>(
    () => (view.from && view.to ? { from: view.from, to: view.to } : undefined),
    [view.from, view.to],
  );
  const onRangeChange = useCallback(
    (next: VisibleRange) => setView({ from: next.from, to: next.to }),
    [setView],
  );
  const select = useCallback((id: string | undefined) => setView({ event: id }), [setView]);
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
    <div className="space-y-3">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-base leading-snug font-semibold text-slate-900">
          {view.title ?? "Dialogue Timeline"}
        </h1>
        <p className="text-sm text-slate-700">
          <span className="font-semibold tabular-nums" data-testid="shown-count">
            {shown.length} of {doc.events.length} events
          </span>
          {" · "}
          <a
            href={explorer}
            target="_blank"
            rel="noopener"
            className="font-medium text-sky-700 underline hover:text-sky-600"
          >
            Open in the full explorer
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      </header>
      <TopicKey events={shown} topicOf={topicOf} topicLabel={topicLabel} />
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
      />
      {shown.length === 0 && <p className="text-sm text-slate-600">No events match this view.</p>}
      {selected && (
        <EventDetails
          layout="inline"
          event={selected}
          articleById={dataset.articleById}
          topicLabel={topicLabel}
          neighbours={around}
          onSelect={select}
          onClose={() => select(undefined)}
        />
      )}
    </div>
  );
}
