import type { ArticlesDocument, EventsDocument } from "../../dataset/index.ts";
import { jsonDigest } from "../util/hash.ts";
import { applyOperations } from "./apply.ts";
import { findConflicts } from "./claims.ts";
import type { LoadedCorrections } from "./load.ts";
import { planCorrections } from "./plan.ts";

export interface CorrectionOutcome {
  /** The corrected documents' events document (unchanged when nothing applied). */
  events: EventsDocument;
  applied: number;
  /** Entries reported and left unapplied (event gone, values changed): the run goes on. */
  unapplied: { where: string; message: string }[];
  /** Invalid files or entries and conflicting entries: the run must not publish. */
  errors: string[];
}

/**
 * Applies the loaded corrections to the extracted documents. Anchors and expected values are
 * checked against the extraction, all of them before anything changes, so the result does not
 * depend on the order entries are written in beyond the documented order of kinds.
 */
export function correctDataset(
  loaded: LoadedCorrections,
  extracted: EventsDocument,
  articles: ArticlesDocument,
): CorrectionOutcome {
  const plan = planCorrections(loaded.entries, extracted.events, articles.articles);
  const errors = [...loaded.errors, ...findConflicts(plan.ops)];
  const outcome = { events: extracted, applied: 0, unapplied: plan.unapplied, errors };
  if (errors.length || !plan.ops.length) return outcome;
  const { events, removed } = applyOperations(extracted.events, plan.ops);
  const docs = { events, articles: articles.articles, ...(removed.length ? { removed } : {}) };
  return {
    ...outcome,
    applied: plan.ops.length,
    events: {
      ...extracted,
      // The digest names the corrected data: a citation of it differs from one of the extraction.
      ...(extracted.version === undefined ? {} : { version: jsonDigest(docs).slice(0, 12) }),
      events,
      ...(removed.length ? { removed } : {}),
    },
  };
}
