import type { ArticleWork, Warning } from "../types.ts";

/**
 * Most event drafts one article may bring to merging. A news report yields a few dozen at most;
 * merging compares the drafts that share a date and a key two by two, so one article of
 * thousands of near-identical dated sentences (a generated or broken page) would take minutes
 * there (2,800 drafts of one article: 19 s). Drafts beyond the cap are dropped, by name.
 */
export const MAX_DRAFTS_PER_ARTICLE = 200;

/** `work` with at most MAX_DRAFTS_PER_ARTICLE drafts (the first, in text order), and why. */
export function capDrafts(work: ArticleWork): { work: ArticleWork; warning?: Warning } {
  if (work.events.length <= MAX_DRAFTS_PER_ARTICLE) return { work };
  return {
    work: { ...work, events: work.events.slice(0, MAX_DRAFTS_PER_ARTICLE) },
    warning: {
      file: work.file,
      message: `yields ${work.events.length} event drafts; only the first ${MAX_DRAFTS_PER_ARTICLE} are kept`,
    },
  };
}
