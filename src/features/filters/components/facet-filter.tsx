import type { FacetOption } from "../model/facet-options.ts";

interface FacetFilterProps {
  /** The legend, and the prefix of each checkbox's value attribute. */
  legend: string;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  selected: ReadonlySet<string>;
  onChange: (value: string, checked: boolean) => void;
}

/**
 * A generated dataset can name thousands of actors; a list that long is unusable and slow to
 * render, so only the most frequent are offered (plus any already selected, e.g. from a link).
 */
const MAX_OPTIONS = 150;

/** Checkboxes for one facet (actors, outlets): any checked value lets an event through. */
export function FacetFilter({ legend, options, counts, selected, onChange }: FacetFilterProps) {
  const offered = options.filter((o, i) => i < MAX_OPTIONS || selected.has(o.value));
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-slate-800">
        {legend}
        {selected.size > 0 && (
          <span className="ml-2 text-xs font-normal text-slate-600">{selected.size} selected</span>
        )}
      </legend>
      {options.length === 0 ? (
        <p className="text-sm text-slate-600">None in the dataset.</p>
      ) : (
        <ul className="max-h-44 space-y-0.5 overflow-y-auto rounded-md border border-slate-200 p-1.5">
          {offered.map(({ value }) => (
            <li key={value}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-0.5 text-sm text-slate-800 hover:bg-slate-100 has-focus-visible:outline-2 has-focus-visible:outline-sky-600">
                <input
                  type="checkbox"
                  value={value}
                  checked={selected.has(value)}
                  onChange={(e) => onChange(value, e.target.checked)}
                  className="size-3.5 shrink-0 accent-slate-700"
                />
                <span className="min-w-0 flex-1 truncate">{value}</span>
                <span className="text-xs text-slate-600 tabular-nums">
                  ({counts.get(value) ?? 0})
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {offered.length < options.length && (
        <p className="mt-1 text-xs text-slate-600">
          Listing the {MAX_OPTIONS} most frequent of {options.length}.
        </p>
      )}
    </fieldset>
  );
}
