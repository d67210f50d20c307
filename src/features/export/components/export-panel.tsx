import { useId } from "react";
import type { Article, EventsDocument, TimelineEvent } from "../../../dataset/index.ts";
import { dataUrl } from "../../../lib/data-url.ts";
import { saveFile } from "../browser/save-file.ts";
import { eventsCsv } from "../model/events-csv.ts";
import { eventsJson } from "../model/events-json.ts";
import { exportFileName, SCHEMA_FILE_NAME } from "../model/file-names.ts";

interface ExportPanelProps {
  document: EventsDocument;
  articleById: ReadonlyMap<string, Article>;
  /** The events the current filters show, in the order shown. */
  events: readonly TimelineEvent[];
}

const control =
  "inline-block rounded-md border border-slate-300 bg-surface px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-50";

/** Downloads of the filtered events as CSV and as contract JSON, and the contract's JSON Schema. */
export function ExportPanel({ document, articleById, events }: ExportPanelProps) {
  const headingId = useId();
  const total = document.events.length;
  const filtered = events.length !== total;
  const nothing = events.length === 0;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        Export
      </h3>
      <p className="text-sm text-slate-700" data-testid="export-count">
        {nothing
          ? "No events match the filters: nothing to export."
          : filtered
            ? `The ${events.length} of ${total} events the filters show.`
            : `All ${total} events.`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={control}
          disabled={nothing}
          onClick={() =>
            saveFile(
              eventsCsv(events, articleById),
              "text/csv;charset=utf-8",
              exportFileName("csv", document.version, filtered),
            )
          }
        >
          Download CSV
        </button>
        <button
          type="button"
          className={control}
          disabled={nothing}
          onClick={() =>
            saveFile(
              eventsJson(document, events),
              "application/json",
              exportFileName("json", document.version, filtered),
            )
          }
        >
          Download JSON
        </button>
        <a className={control} href={dataUrl("events.schema.json")} download={SCHEMA_FILE_NAME}>
          Download JSON Schema
        </a>
      </div>
      <p className="text-xs text-slate-600">
        The JSON follows the same data contract as the published events.json, which the JSON Schema
        describes; the CSV has one row per event.
      </p>
    </section>
  );
}
