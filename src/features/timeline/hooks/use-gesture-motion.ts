import { useEffect, useState } from "react";
import { createSettleTimer } from "../model/settle-timer.ts";

/** How long after its last step a wheel, drag or brush gesture counts as over. */
export const SETTLE_MS = 150;

/**
 * Whether a zoom or pan gesture is going on, and the function each of its steps calls. The
 * timeline paints its marks on the canvas while it is: re-rendering hundreds of SVG buttons on
 * every frame does not fit in one, and nobody clicks a mark while it slides under the pointer.
 */
export function useGestureMotion(): [boolean, () => void] {
  const [moving, setMoving] = useState(false);
  const [timer] = useState(() => createSettleTimer(SETTLE_MS, setMoving));
  useEffect(() => () => timer.cancel(), [timer]);
  return [moving, timer.poke];
}
