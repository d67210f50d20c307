import type { CorrectionValues, TimelineEvent } from "../../dataset/index.ts";

/** Who made a correction, why, and where it is written: what the output marks it with. */
export interface Note {
  reason: string;
  author?: string;
  entry: string;
}

/** An entry whose events were found and still hold the values it expects: ready to apply. */
export type Operation =
  | { kind: "add"; note: Note; event: TimelineEvent }
  | { kind: "merge"; note: Note; target: string; absorbed: string }
  | { kind: "detach"; note: Note; target: string; articleId: string }
  | { kind: "set"; note: Note; target: string; values: CorrectionValues }
  | { kind: "remove"; note: Note; target: string };

/**
 * The order kinds are applied in, whatever the files' order: what a merge joins is the events
 * as extracted, and a `set` on the merged event then has the last word over the merge's union.
 */
export const APPLY_ORDER: readonly Operation["kind"][] = [
  "add",
  "merge",
  "detach",
  "set",
  "remove",
];
