import { eventSchema } from "./schema.ts";
import type { EventsDocument, FieldCorrection, TimelineEvent } from "./types.ts";

/** Whether a dataset carries any researcher's correction: a corrected, added or removed event. */
export function hasCorrections(doc: EventsDocument): boolean {
  return Boolean(doc.removed?.length) || doc.events.some((e) => e.corrections?.length);
}

/** The event as the extraction made it, with the extracted event of each merge beside it. */
function revert(event: TimelineEvent): { event: TimelineEvent; merged: TimelineEvent[] } {
  const fields: Record<string, unknown> = { ...event };
  const merged: TimelineEvent[] = [];
  const marks: readonly FieldCorrection[] = event.corrections ?? [];
  // Undone last first, so each field ends at the value the extraction gave it.
  for (const mark of [...marks].reverse()) {
    if (mark.field === "merged") {
      const parsed = eventSchema.safeParse(mark.extracted);
      if (parsed.success) merged.push(parsed.data);
    } else if (mark.field !== "added") {
      if (mark.extracted === undefined) delete fields.location;
      else fields[mark.field] = mark.extracted;
    }
  }
  delete fields.corrections;
  return { event: fields as unknown as TimelineEvent, merged };
}

const byDateThenId = (a: TimelineEvent, b: TimelineEvent) =>
  a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1;

/**
 * The dataset as the extraction made it, before the researcher's corrections: corrected fields
 * back to their extracted values, merged events apart again, removed events back, added ones
 * gone. It is rebuilt from the marks the corrections left, so the one published file serves both
 * views. Returns the document itself when it has no corrections.
 */
export function withoutCorrections(doc: EventsDocument): EventsDocument {
  if (!hasCorrections(doc)) return doc;
  const events: TimelineEvent[] = (doc.removed ?? []).map((r) => r.event);
  for (const event of doc.events) {
    if (event.corrections?.some((c) => c.field === "added")) continue;
    const reverted = revert(event);
    events.push(reverted.event, ...reverted.merged);
  }
  const extracted: EventsDocument = {
    ...doc,
    // Another label, so a citation of this view never passes for one of the corrected data.
    ...(doc.version === undefined ? {} : { version: `${doc.version}-uncorrected` }),
    events: events.sort(byDateThenId),
  };
  delete extracted.removed;
  return extracted;
}
