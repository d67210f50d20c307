import * as z from "zod/mini";
import { SETTABLE_FIELDS } from "./correction-marks.ts";
import { actorSchema, precisionSchema } from "./schema.ts";
import { TOPIC_IDS } from "./topics.ts";

/**
 * A corrections file (`corrections/*.json`): a researcher's fixes to the extracted events, kept
 * apart from the extraction, reviewed like code and applied by the pipeline on every run. The
 * app's "Suggest a correction" form writes entries of this shape; the pipeline reads them.
 */

const text = z.string().check(z.trim(), z.minLength(1));

/**
 * Names an event by what survives improvements to the extraction: an article (its file name or
 * id) and one evidence sentence of that article, compared with whitespace and quotation marks
 * normalised. The event id is a convenience that picks between events sharing the sentence.
 */
export const anchorSchema = z.strictObject({
  article: text,
  sentence: text,
  id: z.optional(z.string().check(z.regex(/^evt-[a-z0-9-]+$/, "expected an id like evt-…"))),
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
    end: z.optional(z.string().check(z.regex(PREFIX.day, "expected an ISO day YYYY-MM-DD"))),
  })
  .check(
    z.refine((d) => PREFIX[d.precision].test(d.value), {
      message: "value must be an ISO prefix matching its precision (2012, 2012-05, 2012-05-07)",
      path: ["value"],
    }),
    z.refine((d) => d.end === undefined || d.end >= d.value, {
      message: "end must not be before value",
      path: ["end"],
    }),
  );

const locationSchema = z.strictObject({ name: text, country: z.optional(z.string()) });

/** Every field a `set` entry may change; `location: null` removes the location. */
export const correctionValuesSchema = z.strictObject({
  date: z.optional(correctionDateSchema),
  status: z.optional(z.enum(["occurred", "planned"])),
  title: z.optional(text),
  summary: z.optional(z.string()),
  actors: z.optional(z.array(actorSchema)),
  location: z.optional(z.nullable(locationSchema)),
  topics: z.optional(z.array(z.enum(TOPIC_IDS))),
  type: z.optional(
    z.strictObject({
      cameo: z.string().check(z.regex(/^\d{2,4}$/, "expected a CAMEO code")),
      label: text,
    }),
  ),
});

export type SettableField = (typeof SETTABLE_FIELDS)[number];

const note = {
  /** Why: required, it is what a reviewer and a reader of the data see. */
  reason: text,
  author: z.optional(text),
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
  .check(
    z.superRefine((entry, ctx) => {
      const fields = Object.keys(entry.set);
      if (!fields.length) ctx.addIssue({ code: "custom", message: "sets no field", path: ["set"] });
      for (const field of fields)
        if (!(field in entry.expect))
          ctx.addIssue({
            code: "custom",
            message: `must record the current ${field}, so a changed event is noticed`,
            path: ["expect", field],
          });
    }),
  );

/** Drop an event the extraction should not have made. */
const removeEntry = z.strictObject({
  action: z.literal("remove"),
  event: anchorSchema,
  expect: z.optional(correctionValuesSchema),
  ...note,
});

/** One happening reported as two events: `with` is merged into `event`, which keeps its id. */
const mergeEntry = z.strictObject({
  action: z.literal("merge"),
  event: anchorSchema,
  with: anchorSchema,
  expect: z.optional(correctionValuesSchema),
  ...note,
});

/** An article that does not report this event: its sentences and quotes are taken off it. */
const detachEntry = z.strictObject({
  action: z.literal("detach"),
  event: anchorSchema,
  /** The article to detach, by file name or id. */
  source: text,
  expect: z.optional(correctionValuesSchema),
  ...note,
});

/** An event the extraction missed, with the sentences of the articles that report it. */
const addEntry = z.strictObject({
  action: z.literal("add"),
  add: z.strictObject({
    title: text,
    summary: z.optional(z.string()),
    date: correctionDateSchema,
    status: z.enum(["occurred", "planned"]),
    type: z.strictObject({ cameo: z.string().check(z.regex(/^\d{2,4}$/)), label: text }),
    actors: z.array(actorSchema),
    location: z.optional(locationSchema),
    topics: z.array(z.enum(TOPIC_IDS)),
    evidence: z.array(z.strictObject({ article: text, sentence: text })).check(z.minLength(1)),
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
  $schema: z.optional(z.string()),
  corrections: z.array(correctionEntrySchema),
});

export type CorrectionAnchor = z.infer<typeof anchorSchema>;
export type CorrectionDate = z.infer<typeof correctionDateSchema>;
export type CorrectionValues = z.infer<typeof correctionValuesSchema>;
export type CorrectionEntry = z.infer<typeof correctionEntrySchema>;
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;
