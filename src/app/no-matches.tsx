import type { FilterPart } from "../features/filters/model/facets.ts";

/** What can empty a view: one of the filters, or the visible range of the timeline. */
export type EmptyingPart = FilterPart | "range";

interface NoMatchesProps {
  /** The search as typed; "" when there is none. */
  query: string;
  /** The outlet minimum in force (1: none). */
  minOutlets: number;
  /** For each filter, how many events every other part of the view lets through. */
  without: Readonly<Record<FilterPart, number>>;
  /** Events the filters let through; above 0, the visible range is what is empty. */
  matching: number;
  /** Whether each filter is in force: only those can be named as the cause. */
  active: Readonly<Record<FilterPart, boolean>>;
  onUndo: (part: EmptyingPart) => void;
  onClearAll: () => void;
}

const button =
  "mt-3 rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-slate-50 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600";

const events = (n: number) => `${n} ${n === 1 ? "event" : "events"}`;

/** The order causes are named in when several would each bring events back alone. */
const ORDER: readonly FilterPart[] = ["search", "topics", "minOutlets", "people"];

/**
 * Shown in place of the events when none are left, saying which part of the view emptied it
 * (the search, the topics, the outlet minimum, the chosen actors and outlets, or the visible
 * range) and offering to undo just that part; when no one part alone is the cause, all filters.
 */
export function NoMatches(props: NoMatchesProps) {
  const { query, minOutlets, without, matching, active, onUndo, onClearAll } = props;
  const search = query.trim();
  const cause: EmptyingPart | undefined =
    matching > 0 ? "range" : ORDER.find((part) => active[part] && without[part] > 0);
  const message: Record<EmptyingPart, [string, string, string]> = {
    range: [
      "No matching event falls in the dates on screen.",
      `${events(matching)} match elsewhere on the timeline.`,
      "Show all dates",
    ],
    search: [
      `No events match the search “${search}”.`,
      `Without it, ${without.search} ${without.search === 1 ? "event matches" : "events match"} the other filters.`,
      "Clear the search",
    ],
    topics: [
      "The topics switched off hide every match.",
      `With every topic on, ${events(without.topics)} match.`,
      "Show all topics",
    ],
    minOutlets: [
      `No match is reported by ${minOutlets} outlets or more.`,
      `With any number of outlets, ${events(without.minOutlets)} match.`,
      "Any number of outlets",
    ],
    people: [
      "No match involves the chosen actors and outlets.",
      `With any actor and outlet, ${events(without.people)} match.`,
      "Clear actors and outlets",
    ],
  };
  const [headline, detail, undo] = cause
    ? message[cause]
    : ["No events match these filters together.", "", "Clear all filters"];
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 p-6 text-center"
      data-testid="no-matches"
      data-cause={cause ?? "filters"}
    >
      <p className="text-sm font-medium text-slate-800">{headline}</p>
      {detail && <p className="mt-1 text-sm text-slate-600">{detail}</p>}
      <button
        type="button"
        onClick={() => (cause ? onUndo(cause) : onClearAll())}
        className={button}
      >
        {undo}
      </button>
    </div>
  );
}
