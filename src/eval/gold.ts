import { z } from "zod";
import { precisionSchema, topicIdSchema } from "../dataset/index.ts";

/**
 * The hand-annotated gold file (ANNOTATION.md; `seeds-gold.json` is an example): for each article,
 * every event a careful reader finds in it. The objects are strict, because a misspelt optional
 * field ("optinal", "alternative") would otherwise be dropped in silence and change the score.
 */

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  message: "expected an ISO day YYYY-MM-DD",
});

/** The form a date must take at each precision, so "2013-06" cannot claim day precision. */
const DATE_FORM = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

/** One happening an annotator found in an article. */
export const goldEventSchema = z
  .strictObject({
    /** Joins the gold events of several articles that report the same real-world happening. */
    key: z.string().min(1).optional(),
    /** ISO prefix at `precision`: "2011", "2012-05", "2012-05-07". */
    date: z.string(),
    precision: precisionSchema,
    /** Last day of a multi-day event, inclusive. */
    end: isoDay.optional(),
    /** Other dates, at the same precision, that a reader could defend from the text alone. */
    alternatives: z.array(z.string()).optional(),
    status: z.enum(["occurred", "planned"]).optional(),
    /** Neither required nor penalised: events outside the dataset's subject, undated asides. */
    optional: z.boolean().optional(),
    /** A description for people; the scorer prints it for missed events. */
    what: z.string().min(1),
    /** Who acted, named in full; governments as "United States" / "China". */
    actors: z.array(z.string().min(1)),
    topics: z.array(topicIdSchema),
    /** Sentences of the article, copied exactly, that state the event; any one identifies it. */
    evidence: z.array(z.string().min(1)).min(1),
  })
  .superRefine((event, ctx) => {
    const form = DATE_FORM[event.precision];
    if (!form.test(event.date))
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: `"${event.date}" is not a date at ${event.precision} precision`,
      });
    event.alternatives?.forEach((alt, i) => {
      if (!form.test(alt))
        ctx.addIssue({
          code: "custom",
          path: ["alternatives", i],
          message: `"${alt}" is not a date at ${event.precision} precision`,
        });
    });
    if (event.end !== undefined && event.end.slice(0, event.date.length) < event.date)
      ctx.addIssue({ code: "custom", path: ["end"], message: "end is before date" });
  });

/** One annotated article, named by its input file (the dataset's `articles[].file`). */
export const goldArticleSchema = z.strictObject({
  file: z.string().min(1),
  published: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  events: z.array(goldEventSchema),
});

/** A whole gold file. */
export const goldFileSchema = z
  .strictObject({
    about: z.string().optional(),
    /** Events dated outside the window never match (the timeline shows only the window). */
    window: z.strictObject({ start: isoDay, end: isoDay }).optional(),
    articles: z.array(goldArticleSchema),
  })
  .superRefine((gold, ctx) => {
    // An article annotated twice would have its events scored twice.
    const seen = new Set<string>();
    gold.articles.forEach((article, i) => {
      if (seen.has(article.file))
        ctx.addIssue({
          code: "custom",
          path: ["articles", i, "file"],
          message: `${article.file} is annotated twice`,
        });
      seen.add(article.file);
    });
  });

export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;
