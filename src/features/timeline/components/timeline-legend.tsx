import type { ReactNode } from "react";

interface LegendEntry {
  symbol: ReactNode;
  /** The full explanation, beside the explorer's timeline. */
  long: string;
  /** A word or two, for an embed's small frame; the full text is its tooltip. */
  short: string;
}

const ENTRIES: LegendEntry[] = [
  {
    symbol: (
      <svg width="14" height="14" aria-hidden="true">
        <circle cx="7" cy="7" r="6" className="fill-slate-600" />
      </svg>
    ),
    long: "Known to the day",
    short: "Day",
  },
  {
    symbol: (
      <svg width="30" height="12" aria-hidden="true">
        <rect x="5" y="4" width="20" height="4" className="fill-slate-600" />
        <circle cx="5" cy="6" r="4" className="fill-slate-600" />
        <circle cx="25" cy="6" r="4" className="fill-slate-600" />
      </svg>
    ),
    long: "Several days, first to last",
    short: "Several days",
  },
  {
    symbol: (
      <svg width="30" height="14" aria-hidden="true">
        <rect
          x="1"
          y="1"
          width="28"
          height="12"
          rx="2"
          className="fill-slate-600/25 stroke-slate-600"
        />
      </svg>
    ),
    long: "Known only to the month or year (the whole period)",
    short: "Month or year only",
  },
  {
    symbol: (
      <svg width="14" height="14" aria-hidden="true">
        <circle cx="7" cy="7" r="5.5" strokeWidth="2" className="fill-white stroke-slate-600" />
      </svg>
    ),
    long: "Planned, not yet occurred (hollow or dashed)",
    short: "Planned",
  },
  {
    symbol: (
      <svg width="20" height="20" aria-hidden="true">
        <circle cx="10" cy="10" r="6" className="fill-slate-600" />
        <circle cx="10" cy="10" r="8.5" strokeWidth="1.5" className="fill-none stroke-slate-600" />
        <text x="10" y="13" textAnchor="middle" fill="#ffffff" className="text-[9px] font-bold">
          2
        </text>
      </svg>
    ),
    long: "Ringed: reported by several outlets (how many, in the dot)",
    short: "Several outlets",
  },
  {
    symbol: (
      <svg width="14" height="14" aria-hidden="true">
        <circle cx="7" cy="7" r="6" className="fill-slate-600" opacity="0.45" />
      </svg>
    ),
    long: "Faded: low confidence (the details say why)",
    short: "Low confidence",
  },
  {
    symbol: (
      <svg width="30" height="16" aria-hidden="true">
        <rect x="0" y="0" width="30" height="16" rx="8" className="fill-slate-700" />
        <text x="15" y="11.5" textAnchor="middle" className="fill-white text-[10px] font-bold">
          +9
        </text>
      </svg>
    ),
    long: "More events than fit: zoom in",
    short: "More: zoom in",
  },
];

/**
 * How to read the marks: the key beside the timeline, or, `compact`, one short line for an
 * embed, each entry's full explanation its tooltip.
 */
export function TimelineLegend({ compact = false }: { compact?: boolean }) {
  const item = "inline-flex items-center gap-1.5";
  return (
    <ul
      className={`flex text-xs text-slate-600 ${compact ? "flex-nowrap gap-x-3" : "flex-wrap gap-x-5 gap-y-1"}`}
      aria-label="Legend"
    >
      {ENTRIES.map((entry) => (
        <li
          key={entry.short}
          className={`${item} ${compact ? "whitespace-nowrap" : ""}`}
          title={compact ? entry.long : undefined}
        >
          {entry.symbol}
          {compact ? entry.short : entry.long}
        </li>
      ))}
      {!compact && <li className={item}>Colour: topic · Lanes: topic, country or none</li>}
    </ul>
  );
}
