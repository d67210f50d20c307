import { z } from "zod";
import { SETTABLE_FIELDS } from "./correction-marks.ts";
import { actorSchema, precisionSchema } from "./schema.ts";
import { TOPIC_IDS } from "./topics.ts";

/**
 * A corrections file (`corrections/*.json`): a researcher's fixes to the extracted events, kept
 * apart from the extraction, reviewed like code and applied by the pipeline on every run. The
 * app's "Suggest a correction" form writes entries of this shape; the pipeline reads them.
 */

const text = z.string().trim().min(1);

/**
 * Names an event by what survives improvements to the extraction: an article (its file name or
 * id) and one evidence sentence of that article, compared with whitespace and quotation marks
 * normalised. The event id is a convenience that picks between events sharing the sentence.
 */
export const anchorSchema = z.strictObject({
  article: text,
  sentence: text,
  id: z
    .string()
    .regex(/^evt-[a-z0-9-]+$/, "expected an id like evt-…")
    .optional(),
});

const PREFIX = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

/** A date as a correction sets or expects it: the value at its precision and an optional end. */
export const correctionDateSchema = z
  .strictObject({
    value: z.string(),
    precision: precisionSchema,
    end: z.string().regex(PREFIX.day, "expected an ISO day YYYY-MM-DD").optional(),
  })
  .refine((d) => PREFIX[d.precision].test(d.value), {
    message: "value must be an ISO prefix matching its precision (2012, 2012-05, 2012-05-07)",
    path: ["value"],
  })
  .refine((d) => d.end === undefined || d.end >= d.value, {
    message: "end must not be before value",
    path: ["end"],
  });

const locationSchema = z.strictObject({ name: text, country: z.string().optional() });

/** Every field a `set` entry may change; `location: null` removes the location. */
export const correctionValuesSchema = z.strictObject({
  date: correctionDateSchema.optional(),
  status: z.enum(["occurred", "planned"]).optional(),
  title: text.optional(),
  summary: z.string().optional(),
  actors: z.array(actorSchema).optional(),
  location: locationSchema.nullable().optional(),
  topics: z.array(z.enum(TOPIC_IDS)).optional(),
  type: z
    .strictObject({ cameo: z.string().regex(/^\d{2,4}$/, "expected a CAMEO code"), label: text })
    .optional(),
});

export type SettableField = (typeof SETTABLE_FIELDS)[number];

const note = {
  /** Why: required, it is what a reviewer and a reader of the data see. */
  reason: text,
  author: text.optional(),
};

/** Change fields of an event; `expect` records each field's value when the entry was written. */
const setEntry = z
  .strictObject({
    action: z.literal("set"),
    event: anchorSchema,
    expect: correctionValuesSchema,
    set: correctionValuesSchema,
    ...note,
  })
  .superRefine((entry, ctx) => {
    const fields = Object.keys(entry.set);
    if (!fields.length) ctx.addIssue({ code: "custom", message: "sets no field", path: ["set"] });
    for (const field of fields)
      if (!(field in entry.expect))
        ctx.addIssue({
          code: "custom",
          message: `must record the current ${field}, so a changed event is noticed`,
          path: ["expect", field],
        });
  });

/** Drop an event the extraction should not have made. */
const removeEntry = z.strictObject({
  action: z.literal("remove"),
  event: anchorSchema,
  expect: correctionValuesSchema.optional(),
  ...note,
});

/** One happening reported as two events: `with` is merged into `event`, which keeps its id. */
const mergeEntry = z.strictObject({
  action: z.literal("merge"),
  event: anchorSchema,
  with: anchorSchema,
  expect: correctionValuesSchema.optional(),
  ...note,
});

/** An article that does not report this event: its sentences and quotes are taken off it. */
const detachEntry = z.strictObject({
  action: z.literal("detach"),
  event: anchorSchema,
  /** The article to detach, by file name or id. */
  source: text,
  expect: correctionValuesSchema.optional(),
  ...note,
});

/** An event the extraction missed, with the sentences of the articles that report it. */
const addEntry = z.strictObject({
  action: z.literal("add"),
  add: z.strictObject({
    title: text,
    summary: z.string().optional(),
    date: correctionDateSchema,
    status: z.enum(["occurred", "planned"]),
    type: z.strictObject({ cameo: z.string().regex(/^\d{2,4}$/), label: text }),
    actors: z.array(actorSchema),
    location: locationSchema.optional(),
    topics: z.array(z.enum(TOPIC_IDS)),
    evidence: z.array(z.strictObject({ article: text, sentence: text })).min(1),
  }),
  ...note,
});

export const correctionEntrySchema = z.discriminatedUnion("action", [
  setEntry,
  removeEntry,
  mergeEntry,
  detachEntry,
  addEntry,
]);

export const correctionsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  corrections: z.array(correctionEntrySchema),
});

export type CorrectionAnchor = z.infer<typeof anchorSchema>;
export type CorrectionDate = z.infer<typeof correctionDateSchema>;
export type CorrectionValues = z.infer<typeof correctionValuesSchema>;
export type CorrectionEntry = z.infer<typeof correctionEntrySchema>;
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;
