import { useEffect, useState } from "react";
import { afterFirstDraw, hasDrawn } from "../after-first-draw.ts";

/**
 * Whether the timeline has drawn for the first time: false until then, and true from the render
 * after it (in a task of its own, see afterFirstDraw). For work the first draw does not need,
 * so that it runs after the draw instead of before it.
 */
export function useDrawn(): boolean {
  const [drawn, setDrawn] = useState(hasDrawn);
  useEffect(() => (drawn ? undefined : afterFirstDraw(() => setDrawn(true))), [drawn]);
  return drawn;
}
