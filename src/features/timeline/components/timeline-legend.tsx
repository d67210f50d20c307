/** How to read the marks: the key beside the timeline. */
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
          <rect x="5" y="4" width="20" height="4" className="fill-slate-600" />
          <circle cx="5" cy="6" r="4" className="fill-slate-600" />
          <circle cx="25" cy="6" r="4" className="fill-slate-600" />
        </svg>
        Several days, first to last
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
        Known only to the month or year (the whole period)
      </li>
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5.5" strokeWidth="2" className="fill-white stroke-slate-600" />
        </svg>
        Planned, not yet occurred (hollow or dashed)
      </li>
      <li className={item}>
        <svg width="20" height="20" aria-hidden="true">
          <circle cx="10" cy="10" r="6" className="fill-slate-600" />
          <circle
            cx="10"
            cy="10"
            r="8.5"
            strokeWidth="1.5"
            className="fill-none stroke-slate-600"
          />
          <text x="10" y="13" textAnchor="middle" fill="#ffffff" className="text-[9px] font-bold">
            2
          </text>
        </svg>
        Ringed: reported by several outlets (how many, in the dot)
      </li>
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="6" className="fill-slate-600" opacity="0.45" />
        </svg>
        Faded: low confidence (the details say why)
      </li>
      <li className={item}>
        <svg width="30" height="16" aria-hidden="true">
          <rect x="0" y="0" width="30" height="16" rx="8" className="fill-slate-700" />
          <text x="15" y="11.5" textAnchor="middle" className="fill-white text-[10px] font-bold">
            +9
          </text>
        </svg>
        More events than fit: zoom in
      </li>
      <li className={item}>Colour: topic · Lanes: topic, country or none</li>
    </ul>
  );
}
