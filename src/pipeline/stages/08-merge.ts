import type { ArticleWork, PipelineState, Stage } from "../types.ts";
import { mergeDrafts } from "../merge/merge.ts";

/**
 * The order drafts are merged in: articles by publication day, then by id (a hash of their
 * bytes), each article's drafts in text order. It depends on the articles' content only, so
 * renaming or reordering the input files never changes which drafts join.
 */
export function mergeOrder(articles: readonly ArticleWork[]): ArticleWork[] {
  const key = (a: ArticleWork) => a.published?.value ?? "";
  return [...articles].sort((a, b) =>
    key(a) < key(b)
      ? -1
      : key(a) > key(b)
        ? 1
        : a.sha256 < b.sha256
          ? -1
          : a.sha256 > b.sha256
            ? 1
            : 0,
  );
}

/**
 * Joins drafts that report one real-world event: within an article (a sentence saying "today"
 * and another describing the same meeting) and across articles (two outlets on one summit).
 * Candidates come from a blocking index (merge/blocking.ts), so the cost grows with the number
 * of drafts, and the visiting order is content-derived (`mergeOrder`), so the result does not
 * depend on file names or order; an unrelated article never changes another event's members.
 */
export const mergeStage: Stage = {
  name: "merge",
  run(state: PipelineState): PipelineState {
    const drafts = mergeOrder(state.articles).flatMap((a) => a.events);
    return { ...state, merged: mergeDrafts(drafts) };
  },
};
