/** How to read a mark's shape: the key under the timeline. */
export function TimelineLegend() {
  const item = "inline-flex items-center gap-1.5";
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-600" aria-label="Legend">
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="6" className="fill-slate-600" />
        </svg>
        Known to the day
      </li>
      <li className={item}>
        <svg width="30" height="12" aria-hidden="true">
          <rect
            x="1"
            y="1"
            width="28"
            height="10"
            rx="2"
            className="fill-slate-600/25 stroke-slate-600"
          />
        </svg>
        Known only to the month or year
      </li>
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5.5" strokeWidth="2" className="fill-white stroke-slate-600" />
        </svg>
        Planned, not yet occurred
      </li>
    </ul>
  );
}
