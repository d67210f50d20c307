import type { Filters } from "../hooks/use-filters.ts";
import type { TopicKey } from "../model/topic-filter.ts";
import { FacetFilter } from "./facet-filter.tsx";
import { OutletMinimum } from "./outlet-minimum.tsx";
import { SearchBox } from "./search-box.tsx";
import { TopicToggles } from "./topic-toggles.tsx";

interface FilterPanelProps {
  filters: Filters;
  query: string;
  onQueryChange: (q: string) => void;
  onTopicChange: (key: TopicKey, shown: boolean) => void;
  onShowAllTopics: () => void;
  onActorChange: (actor: string, checked: boolean) => void;
  onOutletChange: (outlet: string, checked: boolean) => void;
  onMinOutletsChange: (minimum: number) => void;
  onClearAll: () => void;
}

/**
 * Search, how many outlets must report an event, topic toggles, actor and outlet filters, and the
 * way to undo them all at once.
 */
export function FilterPanel(props: FilterPanelProps) {
  const { filters } = props;
  return (
    // Sized by its container (a side panel, a drawer), not the window.
    <div className="@container space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1 basis-48">
          <SearchBox
            value={props.query}
            onChange={props.onQueryChange}
            partial={filters.searchPartial}
          />
        </div>
        {(filters.filtering || props.query.trim() !== "") && (
          <button
            type="button"
            onClick={props.onClearAll}
            className="rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600"
          >
            Clear all
          </button>
        )}
      </div>
      <OutletMinimum
        value={filters.criteria.minOutlets}
        max={filters.maxOutlets}
        byOutletCount={filters.byOutletCount}
        onChange={props.onMinOutletsChange}
      />
      <TopicToggles
        options={filters.topicOptions}
        counts={filters.topicCounts}
        hidden={filters.criteria.hiddenTopics}
        onChange={props.onTopicChange}
        onShowAll={props.onShowAllTopics}
      />
      <div className="grid gap-4 @xl:grid-cols-2">
        <FacetFilter
          legend="Actors"
          options={filters.actorOptions}
          counts={filters.actorCounts}
          selected={filters.criteria.actors}
          onChange={props.onActorChange}
        />
        <FacetFilter
          legend="Outlets"
          options={filters.outletOptions}
          counts={filters.outletCounts}
          selected={filters.criteria.outlets}
          onChange={props.onOutletChange}
        />
      </div>
    </div>
  );
}
