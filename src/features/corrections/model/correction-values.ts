import type {
  CorrectedField,
  FieldCorrection,
  SettableField,
  TimelineEvent,
} from "../../../dataset/index.ts";

/** The first correction of a field: it holds the value the extraction gave. */
export function firstCorrection(
  event: TimelineEvent,
  field: CorrectedField,
): FieldCorrection | undefined {
  return event.corrections?.find((c) => c.field === field);
}

/**
 * A field's value as the extraction gave it (what a new correction's `expect` must record and
 * its anchor must name, since the pipeline checks entries against the extraction).
 */
export function extractedValue<F extends SettableField | "sources">(
  event: TimelineEvent,
  field: F,
): TimelineEvent[F] {
  const mark = firstCorrection(event, field);
  return (mark ? mark.extracted : event[field]) as TimelineEvent[F];
}

export const FIELD_LABELS: Record<CorrectedField, string> = {
  date: "Date",
  status: "Status",
  title: "Title",
  summary: "Summary",
  actors: "Actors",
  location: "Location",
  topics: "Topics",
  type: "Type",
  sources: "Sources",
  quotes: "Quotes",
  confidence: "Confidence",
  merged: "Merged",
  added: "Added",
};
