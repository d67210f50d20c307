/**
 * Download names that say what a file holds and which data it came from:
 * "dialogue-timeline-events-44e2b4e29a0c-filtered.csv". The version is already limited by the
 * contract to characters every file system accepts.
 */
export function exportFileName(
  extension: "csv" | "json",
  version: string | undefined,
  filtered: boolean,
): string {
  const parts = ["dialogue-timeline-events", version ?? "unversioned"];
  if (filtered) parts.push("filtered");
  return `${parts.join("-")}.${extension}`;
}

export const SCHEMA_FILE_NAME = "dialogue-timeline-events.schema.json";
