/** The timer functions a settle timer uses: the browser's, or a test's fake ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SettleTimer {
  /** Something moved: in motion now (told once per stretch of motion), settled `delayMs` later. */
  poke(): void;
  /** Stops the pending settle, without telling (the owner is going away). */
  cancel(): void;
}

/**
 * Whether a continuous gesture is still going: `onChange(true)` on its first step, and
 * `onChange(false)` once no step has come for `delayMs`. A wheel or a drag sends many steps a
 * second, so the owner hears of two changes per gesture, not one per step.
 */
export function createSettleTimer(
  delayMs: number,
  onChange: (moving: boolean) => void,
  timers: Timers = globalThis,
): SettleTimer {
  let moving = false;
  let handle: unknown;
  const settle = () => {
    handle = undefined;
    moving = false;
    onChange(false);
  };
  return {
    poke() {
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = timers.setTimeout(settle, delayMs);
      if (moving) return;
      moving = true;
      onChange(true);
    },
    cancel() {
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
