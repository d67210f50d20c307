import { useCallback, useMemo, useState } from "react";
import { TOPICS, type TimelineEvent } from "../dataset/index.ts";
import { EventDetails } from "../features/details/components/event-details.tsx";
import type { Dataset } from "../features/dataset/model/dataset.ts";
import { TopicToggles } from "../features/filters/components/topic-toggles.tsx";
import { useTopicFilter } from "../features/filters/hooks/use-topic-filter.ts";
import {
  filterEventsByTopic,
  primaryTopic,
  topicOptions,
  UNTAGGED,
} from "../features/filters/model/topic-filter.ts";
import { Timeline } from "../features/timeline/components/timeline.tsx";
import { TimelineLegend } from "../features/timeline/components/timeline-legend.tsx";
import { topicColor, UNTAGGED_COLOR } from "../lib/topic-color.ts";

/** The loaded explorer: topic filters, the timeline, and the selected event's details. */
export function Explorer({ dataset }: { dataset: Dataset }) {
  const eventsDoc = dataset.events;
  const { hidden, setShown, showAll } = useTopicFilter();
  const [selectedId, setSelectedId] = useState<string>();

  const listed = useMemo(() => new Set<string>(eventsDoc.topics.map((t) => t.id)), [eventsDoc]);
  const options = useMemo(() => topicOptions(eventsDoc), [eventsDoc]);
  const visible = useMemo(() => filterEventsByTopic(eventsDoc, hidden), [eventsDoc, hidden]);
  const labels = useMemo(
    () => new Map<string, string>([...TOPICS, ...eventsDoc.topics].map((t) => [t.id, t.label])),
    [eventsDoc],
  );
  const topicLabel = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const colorOf = useCallback(
    (event: TimelineEvent) => {
      const key = primaryTopic(event, listed, hidden);
      return key === UNTAGGED ? UNTAGGED_COLOR : topicColor(key);
    },
    [listed, hidden],
  );
  const selected = useMemo(
    () => eventsDoc.events.find((event) => event.id === selectedId),
    [eventsDoc, selectedId],
  );

  return (
    <div className="space-y-5">
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <TopicToggles options={options} hidden={hidden} onChange={setShown} onShowAll={showAll} />
      </section>

      <section
        aria-label="Timeline"
        className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      >
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <p role="status" className="text-sm text-slate-700">
            <span className="font-semibold tabular-nums" data-testid="shown-count">
              {visible.length} of {eventsDoc.events.length} events
            </span>{" "}
            shown
          </p>
          <TimelineLegend />
        </div>
        <Timeline
          events={visible}
          window={eventsDoc.window}
          selectedId={selectedId}
          onSelect={setSelectedId}
          colorOf={colorOf}
        />
      </section>

      <EventDetails event={selected} articleById={dataset.articleById} topicLabel={topicLabel} />
    </div>
  );
}
