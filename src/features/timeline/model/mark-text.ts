import { formatEventDate } from "../../../lib/format-event-date.ts";
import type { PreparedEvent } from "./prepared-events.ts";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 articles, 2 outlets": how many report it, for the tooltip and the mark's name. */
export function reportCount(item: PreparedEvent): string {
  const { articles, outlets } = item.reading;
  return `${plural(articles, "article", "articles")}, ${plural(outlets, "outlet", "outlets")}`;
}

/** The mark's accessible name: everything the drawing says, in words. */
export function markName(item: PreparedEvent): string {
  return [
    item.event.title,
    formatEventDate(item.event.date),
    ...(item.planned ? ["planned"] : []),
    `reported by ${reportCount(item)}`,
    ...(item.reading.lowConfidence ? ["low confidence"] : []),
  ].join(", ");
}

/** The tooltip's line under the title. */
export function markDetail(item: PreparedEvent): string {
  return [
    formatEventDate(item.event.date),
    reportCount(item),
    ...(item.reading.lowConfidence ? ["low confidence"] : []),
  ].join(" \u00B7 ");
}
