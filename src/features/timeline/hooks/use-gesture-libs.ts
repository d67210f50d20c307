import { useEffect, useState } from "react";
import { firstDrawn, holdFirstScreen } from "../../../lib/first-screen.ts";

export type GestureLibs = typeof import("../browser/gesture-libs.ts");

/** Once in, for every timeline the page draws after (one download, however many ask). */
let loaded: GestureLibs | undefined;
let loading: Promise<GestureLibs> | undefined;

const load = () =>
  (loading ??= firstDrawn()
    .then(() => import("../browser/gesture-libs.ts"))
    .then((libs) => (loaded = libs))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));

/**
 * The gestures' d3 modules, once the timeline has drawn: undefined until they are in, null if
 * they could not be downloaded (the buttons and keys still zoom and pan). Until then the
 * first-screen mark waits.
 */
export function useGestureLibs(): GestureLibs | null | undefined {
  const [libs, setLibs] = useState<GestureLibs | null | undefined>(loaded);
  useEffect(() => {
    if (libs !== undefined) return;
    let live = true;
    load().then(
      (next) => live && setLibs(next),
      () => live && setLibs(null),
    );
    return () => {
      live = false;
    };
  }, [libs]);
  // Released in the commit that attaches the gestures, not before.
  useEffect(() => (libs === undefined ? holdFirstScreen() : undefined), [libs]);
  return libs;
}
