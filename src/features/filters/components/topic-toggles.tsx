import { topicColor, UNTAGGED_COLOR } from "../../../lib/topic-color.ts";
import { UNTAGGED, type TopicKey, type TopicOption } from "../model/topic-filter.ts";

interface TopicTogglesProps {
  options: TopicOption[];
  /** Per toggle, the events it would show given the other filters (see applyFilters). */
  counts: ReadonlyMap<TopicKey, number>;
  hidden: ReadonlySet<TopicKey>;
  onChange: (key: TopicKey, shown: boolean) => void;
  onShowAll: () => void;
}

/** One checkbox per topic, with its colour and number of events; an event shows if any is on. */
export function TopicToggles({ options, counts, hidden, onChange, onShowAll }: TopicTogglesProps) {
  return (
    <fieldset className="min-w-0">
      <div className="mb-2 flex items-baseline justify-between gap-3">
        <legend className="text-sm font-semibold text-slate-800">Topics</legend>
        {hidden.size > 0 && (
          <button
            type="button"
            onClick={onShowAll}
            className="text-xs font-medium text-sky-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
          >
            Show all topics
          </button>
        )}
      </div>
      <div className="grid gap-1">
        {options.map((option) => {
          const color = option.key === UNTAGGED ? UNTAGGED_COLOR : topicColor(option.key);
          const shown = !hidden.has(option.key);
          return (
            <label
              key={option.key}
              className={`flex cursor-pointer items-center gap-2 rounded-md border px-2 py-1 text-sm transition-colors select-none has-focus-visible:outline-2 has-focus-visible:outline-sky-600 ${
                shown
                  ? "border-slate-300 bg-surface text-slate-800"
                  : "border-slate-200 bg-slate-100 text-slate-600"
              }`}
            >
              <input
                type="checkbox"
                value={option.key}
                checked={shown}
                onChange={(e) => onChange(option.key, e.target.checked)}
                className="size-3.5 accent-slate-700"
              />
              <span
                aria-hidden="true"
                className="inline-block size-2.5 rounded-full"
                style={{ backgroundColor: color, opacity: shown ? 1 : 0.35 }}
              />
              <span className="min-w-0 flex-1">{option.label}</span>
              <span className="text-xs text-slate-600 tabular-nums">
                ({counts.get(option.key) ?? 0})
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
