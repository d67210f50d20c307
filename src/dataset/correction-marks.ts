import * as z from "zod/mini";

/**
 * What a researcher's correction (corrections/*.json, applied by the pipeline's last stage) left
 * on the published data, so a reader always sees what was changed by hand, why, by whom, and what
 * the extraction said. All of it is optional in the contract: a dataset without corrections is
 * exactly what it was before corrections existed.
 */

/** The fields a correction entry may set (`set` in a corrections file). */
export const SETTABLE_FIELDS = [
  "date",
  "status",
  "title",
  "summary",
  "actors",
  "location",
  "topics",
  "type",
] as const;

/** The event fields a correction can change, and the marks of whole-event corrections. */
export const CORRECTED_FIELDS = [
  ...SETTABLE_FIELDS,
  "sources",
  "quotes",
  "confidence",
  /** Another extracted event was merged into this one; `extracted` holds that event. */
  "merged",
  /** The event was added by hand; it has no `extracted` value. */
  "added",
] as const;

export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

/** Who corrected what, why, and where the entry is ("corrections/fixes.json:12"). */
export const correctionNoteSchema = z.object({
  reason: z.string().check(z.minLength(1)),
  author: z.optional(z.string().check(z.minLength(1))),
  entry: z.string().check(z.minLength(1)),
});

export const fieldCorrectionSchema = z.extend(correctionNoteSchema, {
  field: z.enum(CORRECTED_FIELDS),
  /**
   * The value the extraction gave before this correction (absent: the field was absent, as a
   * location can be, or the event was added). For `merged`, the whole event merged in.
   */
  extracted: z.optional(z.unknown()),
});
