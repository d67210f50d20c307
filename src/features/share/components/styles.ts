/** The classes the explorer's cards and controls use, shared by the share dialog's parts. */
export const buttonClass =
  "rounded-md border border-slate-300 bg-surface px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-50";

export const fieldClass =
  "w-full rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600";

export const sectionHeadingClass = "text-sm font-semibold text-slate-900";
