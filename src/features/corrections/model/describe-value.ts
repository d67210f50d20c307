import type { Actor, Article, CorrectedField, EventDate, Source } from "../../../dataset/index.ts";
import { formatDayRange, formatPartialDate } from "../../../lib/format-event-date.ts";

/** A date value as the details show one ("7–8 June 2013", "2010"). */
export function describeDate(date: Pick<EventDate, "value" | "precision" | "end">): string {
  return date.end && date.precision === "day" && date.end !== date.value
    ? formatDayRange(date.value, date.end)
    : formatPartialDate(date.value, date.precision);
}

const list = (items: string[]) => (items.length ? items.join(", ") : "none");

/**
 * What the extraction said of a corrected field, in words: shown beside the corrected value.
 * Values come from the published file, so an unexpected shape is shown as JSON, not trusted.
 */
export function describeExtracted(
  field: CorrectedField,
  value: unknown,
  topicLabel: (id: string) => string,
  articleById: ReadonlyMap<string, Article>,
): string {
  try {
    switch (field) {
      case "date":
        return describeDate(value as EventDate);
      case "actors":
        return list((value as Actor[]).map((a) => a.name));
      case "topics":
        return list((value as string[]).map(topicLabel));
      case "location":
        return value === undefined ? "none" : (value as { name: string }).name;
      case "type":
        return (value as { label: string }).label;
      case "sources":
        return list(
          (value as Source[]).map((s) => {
            const a = articleById.get(s.articleId);
            return a ? `${a.outlet || a.file} (${a.file})` : s.articleId;
          }),
        );
      case "quotes":
        return `${(value as unknown[]).length} quotes`;
      case "merged": {
        const event = value as { title: string; date: EventDate };
        return `${event.title}, ${describeDate(event.date)}`;
      }
      case "added":
        return "not extracted: added by hand";
      default:
        return typeof value === "string" || typeof value === "number"
          ? String(value)
          : JSON.stringify(value);
    }
  } catch {
    return JSON.stringify(value) ?? "none";
  }
}
