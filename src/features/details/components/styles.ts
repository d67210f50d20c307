/** The small caps headings of the details' sections. */
export const detailsHeading = "text-xs font-semibold tracking-wide text-slate-600 uppercase";

export const detailsButton =
  "rounded-md border border-slate-300 bg-surface px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-50";
