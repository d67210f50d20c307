import type { FieldCorrection, TimelineEvent } from "../../../dataset/index.ts";

/** What the extraction said, exactly (JSON), or the event a merge took in, by id and title. */
function extractedText(mark: FieldCorrection): string {
  if (mark.field === "added") return "added by hand";
  if (mark.field === "merged") {
    const merged = mark.extracted as { id?: string; title?: string } | undefined;
    return `merged ${merged?.id ?? "?"} (${merged?.title ?? "?"})`;
  }
  return `extracted ${mark.extracted === undefined ? "none" : JSON.stringify(mark.extracted)}`;
}

/**
 * The CSV's two correction cells: the corrected fields ("date; actors"), and each correction as
 * "field: reason (author) [extracted …] entry", so a spreadsheet keeps the flags and can tell
 * the extraction from a researcher's change. Both are empty for an uncorrected event.
 */
export function correctionCells(event: TimelineEvent): [string | undefined, string | undefined] {
  const marks = event.corrections ?? [];
  if (!marks.length) return [undefined, undefined];
  return [
    [...new Set(marks.map((m) => m.field))].join("; "),
    marks
      .map(
        (m) =>
          `${m.field}: ${m.reason}${m.author ? ` (${m.author})` : ""} [${extractedText(m)}] ${m.entry}`,
      )
      .join(" | "),
  ];
}
