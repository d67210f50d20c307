import { useId, useMemo } from "react";
import type { Article, LightEvent } from "../../../dataset/index.ts";
import { useCurrentDataset } from "../../dataset/hooks/dataset-context.ts";
import { WholeDatasetNotice } from "../../dataset/components/whole-dataset-notice.tsx";
import { useWholeDataset } from "../../dataset/hooks/use-whole-dataset.ts";
import { dataUrl } from "../../../lib/data-url.ts";
import { saveFile } from "../browser/save-file.ts";
import { eventsCsv } from "../model/events-csv.ts";
import { eventsJson } from "../model/events-json.ts";
import { exportFileName, SCHEMA_FILE_NAME } from "../model/file-names.ts";

interface ExportPanelProps {
  /** The events the current filters show, in the order shown. */
  events: readonly LightEvent[];
}

const control =
  "inline-block rounded-md border border-slate-300 bg-surface px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-50";

const NO_ARTICLES: ReadonlyMap<string, Article> = new Map();

/** Downloads of the filtered events as CSV and as contract JSON, and the contract's JSON Schema. */
export function ExportPanel({ events: shown }: ExportPanelProps) {
  const headingId = useId();
  // Exports hold every field of every event shown: all chunks, loaded when Export is first seen.
  const whole = useWholeDataset();
  const loaded = whole.status === "success" ? whole.whole : undefined;
  const document = loaded?.events;
  const articleById = loaded?.articleById ?? NO_ARTICLES;
  const events = useMemo(
    () =>
      loaded
        ? shown.flatMap((e) => {
            const event = loaded.eventById.get(e.id);
            return event ? [event] : [];
          })
        : [],
    [loaded, shown],
  );
  const total = useCurrentDataset().events.events.length;
  const filtered = shown.length !== total;
  const nothing = shown.length === 0;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        Export
      </h3>
      <p className="text-sm text-slate-700" data-testid="export-count">
        {nothing
          ? "No events match the filters: nothing to export."
          : filtered
            ? `The ${shown.length} of ${total} events the filters show.`
            : `All ${total} events.`}
      </p>
      <WholeDatasetNotice
        state={whole}
        loading="Loading every event for the export…"
        failure="The events could not be loaded for the export"
        buttonClassName={control}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={control}
          disabled={nothing || !document}
          onClick={() =>
            document &&
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
          disabled={nothing || !document}
          onClick={() =>
            document &&
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
