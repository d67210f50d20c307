import * as z from "zod/mini";
import { en } from "zod/locales";
import { correctionNoteSchema, fieldCorrectionSchema } from "./correction-marks.ts";
import { isHttpUrl } from "./http-url.ts";
import { TOPIC_IDS } from "./topics.ts";

/**
 * The data contract between the pipeline and the app (DESIGN.md, "The data contract").
 * One zod schema validates in both halves and emits the published JSON Schema. It is written
 * with zod/mini, the same checks as full zod in a fraction of the code the browser downloads.
 */

// zod/mini brings no messages of its own: the English ones full zod has, so that a contract break
// reads the same in the browser as in the pipeline.
z.config(en());
export const SCHEMA_VERSION = 1 as const;

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO day YYYY-MM-DD"));

export const precisionSchema = z.enum(["day", "month", "year"]);

/** An ISO prefix whose length matches its precision: "2011" year, "2012-05" month, "2012-05-07" day. */
const PREFIX_BY_PRECISION = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

const prefixMatchesPrecision = z.refine<{
  value: string;
  precision: keyof typeof PREFIX_BY_PRECISION;
}>((d) => PREFIX_BY_PRECISION[d.precision].test(d.value), {
  message: "value must be an ISO prefix matching its precision",
  path: ["value"],
});

export const partialDateSchema = z
  .object({
    value: z.string(),
    precision: precisionSchema,
  })
  .check(prefixMatchesPrecision);

export const eventDateSchema = z
  .object({
    value: z.string(),
    precision: precisionSchema,
    /** Last day of a multi-day event, inclusive. */
    end: z.optional(isoDay),
    /** The words of the article the date was read from. */
    text: z.string(),
    /** How the date was resolved: explicit, relative-to-publication, relative-to-utterance, previous-date, … */
    basis: z.string().check(z.minLength(1)),
  })
  .check(
    prefixMatchesPrecision,
    z.refine((d) => d.end === undefined || d.end >= d.value, {
      message: "end must not be before value",
      path: ["end"],
    }),
  );

/** A stretch of an article's cleaned `text`: UTF-16 offsets, half-open, so text.slice(start, end) === text. */
export const spanSchema = z.object({
  text: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

export const actorSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** ISO 3166-1 alpha-3 country code where known ("USA", "CHN"). */
  country: z.optional(z.string()),
  role: z.optional(z.string()),
});

export const quoteSchema = z.extend(spanSchema, {
  speaker: z.string().check(z.minLength(1)),
  articleId: z.string().check(z.minLength(1)),
});

export const sourceSchema = z.object({
  articleId: z.string().check(z.minLength(1)),
  evidence: z.array(spanSchema).check(z.minLength(1)),
});

export const topicIdSchema = z.enum(TOPIC_IDS);

export const eventSchema = z.object({
  id: z.string().check(z.regex(/^evt-[a-z0-9-]+$/, "expected an id like evt-…")),
  title: z.string().check(z.minLength(1)),
  summary: z.string(),
  date: eventDateSchema,
  status: z.enum(["occurred", "planned"]),
  type: z.object({
    cameo: z.string().check(z.regex(/^\d{2,4}$/)),
    label: z.string().check(z.minLength(1)),
  }),
  actors: z.array(actorSchema),
  location: z.optional(
    z.object({ name: z.string().check(z.minLength(1)), country: z.optional(z.string()) }),
  ),
  topics: z.array(topicIdSchema),
  quotes: z.array(quoteSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** Set only when a researcher's correction changed the event: each change, in the order applied. */
  corrections: z.optional(z.array(fieldCorrectionSchema).check(z.minLength(1))),
});

/** An extracted event a correction removed, kept whole so a reader can see what was dropped. */
export const removedEventSchema = z.extend(correctionNoteSchema, { event: eventSchema });

const versionLabel = z
  .string()
  .check(z.regex(/^[0-9a-z][0-9a-z.-]{0,63}$/, "expected a short version label like 3f2a9c1b0d4e"));

export const eventsDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * Names this exact dataset: a digest of its events and articles, so a citation says which data
   * it was made from. Optional so that hand-made datasets following the contract stay valid.
   */
  version: z.optional(versionLabel),
  window: z.object({ start: isoDay, end: isoDay }),
  topics: z.array(z.object({ id: topicIdSchema, label: z.string().check(z.minLength(1)) })),
  events: z.array(eventSchema),
  /** Extracted events that corrections removed, with their reasons; absent when none was. */
  removed: z.optional(z.array(removedEventSchema)),
});

export const articleSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The input file's name inside the corpus folder. */
  file: z.string().check(z.minLength(1)),
  title: z.string(),
  outlet: z.string(),
  byline: z.string(),
  published: partialDateSchema,
  /** The place named in the dateline ("WASHINGTON"), when there is one. */
  dateline: z.optional(z.string()),
  /** The article's web address: http or https only (a link of any other scheme could run code). */
  url: z.optional(z.string().check(z.refine(isHttpUrl, "expected an http or https address"))),
  /** SHA-256 of the input file's bytes, hex. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** The cleaned article body; every offset in the dataset points into it. */
  text: z.string(),
});

export const articlesDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * The `version` of the events.json written with these articles: a reader that finds two
   * different versions holds files of two runs and refuses the pair.
   */
  version: z.optional(versionLabel),
  articles: z.array(articleSchema),
});
