import { useEffect, type ReactNode } from "react";
import { holdFirstScreen } from "./first-screen.ts";
import { LazyBoundary } from "./lazy-boundary.tsx";

/** Holds the first screen (see holdFirstScreen) for as long as it is shown. */
function Placeholder({ children }: { children: ReactNode }) {
  useEffect(() => holdFirstScreen(), []);
  return children;
}

interface FirstScreenPartProps {
  /** What the part is, for the message if its code cannot be downloaded: "The filters". */
  name: string;
  /**
   * Shown until the part's code is in: as big as the part will be, so that nothing around it
   * moves when it comes (nothing by default, for a part whose space is kept by its container).
   */
  placeholder?: ReactNode;
  children: ReactNode;
}

/**
 * Around a part of the first screen whose code comes after the timeline's first draw (see
 * afterDrawComponent): its placeholder until then, and the first-screen mark waits for it.
 */
export function FirstScreenPart({ name, placeholder = null, children }: FirstScreenPartProps) {
  return (
    <LazyBoundary name={name} fallback={<Placeholder>{placeholder}</Placeholder>}>
      {children}
    </LazyBoundary>
  );
}
