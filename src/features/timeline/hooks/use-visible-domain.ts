import { useCallback, useEffect, useRef, useState } from "react";
import type { TimeInterval } from "../model/event-interval.ts";
import {
  clampDomain,
  domainToRange,
  rangeToDomain,
  sameDomain,
  sameRange,
  type DayRange,
} from "../model/visible-domain.ts";

const REPORT_DELAY_MS = 150;

/**
 * The visible time domain, controlled or not. The timeline always keeps the exact domain itself
 * (a wheel step smaller than a day must not be lost to rounding) and reports it as whole days
 * through `onRangeChange`; a `range` from outside that differs from what it last reported (the URL
 * changed, a link was opened) replaces it. Without `onRangeChange` it is simply its own state.
 */
export function useVisibleDomain(
  window: TimeInterval,
  range: DayRange | undefined,
  onRangeChange: ((range: DayRange) => void) | undefined,
): [TimeInterval, (next: TimeInterval) => void] {
  const initial = () => (range ? clampDomain(rangeToDomain(range), window) : window);
  const [domain, setDomain] = useState<TimeInterval>(initial);
  const [seen, setSeen] = useState({ range, window });

  // Adjusting state while rendering (React's pattern for state derived from changed props).
  if (!sameRange(seen.range, range) || seen.window !== window) {
    setSeen({ range, window });
    if (seen.window !== window || !sameRange(range, domainToRange(domain)))
      setDomain(range ? clampDomain(rangeToDomain(range), window) : window);
  }

  // The range is reported once a gesture pauses, not on every frame: the owner of `range` (the
  // URL) re-renders the whole explorer, which at 100,000 events costs far more than a frame.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const update = useCallback(
    (next: TimeInterval) => {
      const clamped = clampDomain(next, window);
      // The same view again (a wheel turned past the widest zoom): nothing to draw.
      setDomain((current) => (sameDomain(current, clamped) ? current : clamped));
      if (!onRangeChange) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const days = domainToRange(clamped);
        if (!sameRange(days, range)) onRangeChange(days);
      }, REPORT_DELAY_MS);
    },
    [window, range, onRangeChange],
  );
  return [domain, update];
}
