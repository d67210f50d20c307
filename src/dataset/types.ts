import type { z } from "zod";
import type { fieldCorrectionSchema } from "./correction-marks.ts";
import type {
  actorSchema,
  articleSchema,
  articlesDocumentSchema,
  eventDateSchema,
  eventSchema,
  eventsDocumentSchema,
  precisionSchema,
  quoteSchema,
  removedEventSchema,
  sourceSchema,
  spanSchema,
} from "./schema.ts";

export type Precision = z.infer<typeof precisionSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type Span = z.infer<typeof spanSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventsDocument = z.infer<typeof eventsDocumentSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticlesDocument = z.infer<typeof articlesDocumentSchema>;
export type RemovedEvent = z.infer<typeof removedEventSchema>;
export type FieldCorrection = z.infer<typeof fieldCorrectionSchema>;
