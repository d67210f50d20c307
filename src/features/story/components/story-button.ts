const BUTTON =
  "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-surface font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600";

/** The classes of step-through's buttons; smaller, `compact`, for an embed's frame. */
export const storyButton = (compact: boolean | undefined) =>
  `${BUTTON} ${compact ? "px-2 py-0.5 text-xs" : "px-3 py-1 text-sm"}`;
