import { findCrossReferenceProblems } from "../../../dataset/cross-references.ts";
import type { ArticlesDocument, EventsDocument } from "../../../dataset/index.ts";

/**
 * Why the two documents cannot be shown together: the pipeline stamps both with one version, and
 * different stamps mean files of two runs (fetched mid-update, or left by an interrupted one).
 * Hand-made datasets without stamps pass.
 */
export function mismatchedPair(
  events: EventsDocument,
  articles: ArticlesDocument,
  names: { eventsName: string; articlesName: string },
): Error | undefined {
  if (!events.version || !articles.version || events.version === articles.version) return undefined;
  return new Error(
    `${names.eventsName} (version ${events.version}) and ${names.articlesName} (version ` +
      `${articles.version}) come from different runs of the pipeline: the data is being updated, ` +
      `or an update was interrupted. Retry in a moment; if it persists, rebuild the data.`,
  );
}

const MAX_LISTED = 5;

/**
 * A warning for a dataset that validates but is not sound: duplicate event ids, or evidence and
 * quotes whose offsets do not match their article. It still shows (most of it is usable), and the
 * warning says what is wrong, for whoever made the data.
 */
export function integrityWarning(
  events: EventsDocument,
  articles: ArticlesDocument,
  label: string,
): string | undefined {
  const problems = findCrossReferenceProblems(events, articles);
  if (!problems.length) return undefined;
  const more = problems.length > MAX_LISTED ? `; and ${problems.length - MAX_LISTED} more` : "";
  return `Dialogue Timeline: the dataset ${label} has ${problems.length} problem(s): ${problems.slice(0, MAX_LISTED).join("; ")}${more}`;
}
