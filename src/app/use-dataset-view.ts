import { useMemo } from "react";
import type { LightEvent } from "../dataset/index.ts";
import type { Dataset } from "../features/dataset/model/dataset.ts";
import { neighbours } from "../features/details/model/chronology.ts";
import { useFilters } from "../features/filters/hooks/use-filters.ts";
import { useTopicEncoding } from "../features/filters/hooks/use-topic-encoding.ts";
import type { MarkReading, VisibleRange } from "../features/timeline/components/timeline.tsx";
import { LOW_CONFIDENCE } from "../lib/evidence/confidence-threshold.ts";
import { corroborationOf } from "../lib/evidence/corroboration.ts";
import type { ViewState } from "../lib/url-state.ts";

/**
 * What a view of a dataset shows, for every page that draws one (the explorer and the embed):
 * the filtered events in reading order with each facet's counts, how topics are coloured and
 * laned, how many articles and outlets report each event, the selected event and its neighbours
 * in the filtered chronology, and the visible range.
 */
export function useDatasetView(dataset: Dataset, view: ViewState) {
  const doc = dataset.events;
  const chronological = dataset.chronological;
  const filters = useFilters(doc, chronological, dataset.articleById, view);
  const shown = filters.events;
  const encoding = useTopicEncoding(doc, filters.criteria.hiddenTopics);

  // How many articles and outlets report each event, and whether the data is unsure of it: read
  // from the event's sources when a mark or a list row asks (each list read once, see
  // corroborationOf), one shared reading per combination rather than one object per event.
  const readingOf = useMemo(() => {
    const shared = new Map<number, MarkReading>();
    return (event: LightEvent): MarkReading => {
      const c = corroborationOf(event, dataset.articleById);
      const lowConfidence = event.confidence < LOW_CONFIDENCE;
      const key = (c.articles * 0x10000 + c.outlets.length) * 2 + (lowConfidence ? 1 : 0);
      let reading = shared.get(key);
      if (!reading) {
        reading = Object.freeze({ articles: c.articles, outlets: c.outlets.length, lowConfidence });
        shared.set(key, reading);
      }
      return reading;
    };
  }, [dataset.articleById]);
  // An id the dataset does not know (a stale link) selects nothing rather than failing.
  const position = view.event === undefined ? undefined : dataset.positionOf(view.event);
  const selected = position === undefined ? undefined : doc.events[position];
  const around = useMemo(
    () => (selected ? neighbours(shown, selected) : { previous: undefined, next: undefined }),
    [shown, selected],
  );
  const range = useMemo<VisibleRange | undefined>(
    () => (view.from && view.to ? { from: view.from, to: view.to } : undefined),
    [view.from, view.to],
  );
  return { doc, filters, shown, ...encoding, readingOf, selected, around, range };
}
