import { useId, useMemo, type ReactNode } from "react";
import type {
  Article,
  ArticlesDocument,
  EventsDocument,
  TimelineEvent,
} from "../../../dataset/index.ts";
import { HIGH_CONFIDENCE, LOW_CONFIDENCE } from "../../../lib/evidence/confidence.ts";
import { useModalDialog } from "../../../lib/hooks/use-modal-dialog.ts";
import { AboutFrame } from "./about-frame.tsx";
import { corpusEntries, summarizeDataset } from "../model/dataset-summary.ts";
import { yearsOf } from "../model/tagline.ts";
import { CorpusTable } from "./corpus-table.tsx";
import { PipelineSteps } from "./pipeline-steps.tsx";
import { RemovedEvents } from "./removed-events.tsx";

interface AboutDialogProps {
  events: EventsDocument;
  articles: ArticlesDocument;
  articleById: ReadonlyMap<string, Article>;
  /** Where another dataset was loaded from; undefined for the bundled one. */
  customSource: string | undefined;
  /** The dataset's citation, Chicago and BibTeX, made by the share feature. */
  citation: { chicago: string; bibtex: string };
  onSelectEvent: (event: TimelineEvent) => void;
  onClose: () => void;
}

const heading = "text-sm font-semibold text-slate-900";

/**
 * What the data is and where it comes from: its figures and version, how the pipeline made it,
 * every article of the corpus with the events it reports, how to cite it and how to add to it.
 * A modal native <dialog>, mounted to open and unmounted on `onClose`.
 */
export function AboutDialog(props: AboutDialogProps) {
  const { events, articles, articleById, customSource, citation, onSelectEvent, onClose } = props;
  const dialogRef = useModalDialog();
  const titleId = useId();
  const summary = useMemo(
    () => summarizeDataset(events, articles, articleById),
    [events, articles, articleById],
  );
  const entries = useMemo(() => corpusEntries(events, articles), [events, articles]);
  const figures: [string, ReactNode][] = [
    ["Events", summary.events],
    ["Articles read", summary.articles],
    ["Outlets", summary.outlets],
    ["Reports (one article reporting one event)", summary.reports],
    [
      "Dated to the day · month · year",
      `${summary.byPrecision.day} · ${summary.byPrecision.month} · ${summary.byPrecision.year}`,
    ],
    ["Spanning several days", summary.multiDay],
    ["Planned, not yet occurred", summary.planned],
    ["Reported by two outlets or more", summary.corroborated],
    ["Of low confidence", summary.lowConfidence],
    ["Quotations", summary.quotes],
  ];

  return (
    <AboutFrame dialogRef={dialogRef} titleId={titleId} onClose={onClose}>
      <div
        className="space-y-6 overflow-y-auto p-4 text-sm text-slate-800"
        // A scrollable region must be reachable from the keyboard to be read.
        tabIndex={0}
        role="document"
      >
        <section aria-labelledby={`${titleId}-what`} className="space-y-2">
          <h3 id={`${titleId}-what`} className={heading}>
            What it is
          </h3>
          <p className="leading-relaxed">
            {customSource ? (
              <>A dataset loaded from {customSource}, covering </>
            ) : (
              <>
                Reports of US–China dialogue on cyber security and military-to-military contacts,
                read from news articles by a pipeline and published as a dataset covering{" "}
              </>
            )}
            {yearsOf(summary)}. Every event is a happening with a date at the precision its article
            gives, who took part, its topics, and the exact sentences of each article that report
            it. It holds what these articles say, and nothing more: an event no article in the
            corpus reports is not in it.
          </p>
          <dl
            className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)_auto]"
            data-testid="dataset-figures"
          >
            {figures.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-right font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <p>
            Version{" "}
            <code className="rounded bg-slate-100 px-1.5 py-0.5" data-testid="dataset-version">
              {events.version ?? "unversioned"}
            </code>{" "}
            <span className="text-slate-600">
              (a digest of the events and articles: another version is other data)
            </span>
          </p>
        </section>

        <section aria-labelledby={`${titleId}-how`} className="space-y-2">
          <h3 id={`${titleId}-how`} className={heading}>
            How it was made
          </h3>
          <PipelineSteps />
          <p className="leading-relaxed">
            Each event carries the pipeline's confidence, from how its date was read and how many
            articles report it. Below {LOW_CONFIDENCE} it is low (a date taken from an earlier
            sentence, or counted from when quoted words were spoken; a plan) and the event is drawn
            faded; from {HIGH_CONFIDENCE} it is high. An event's details say why.
          </p>
        </section>

        <section aria-labelledby={`${titleId}-corpus`} className="space-y-2">
          <h3 id={`${titleId}-corpus`} className={heading}>
            The corpus: {entries.length} {entries.length === 1 ? "article" : "articles"}
          </h3>
          <CorpusTable
            entries={entries}
            onSelectEvent={(event) => {
              onSelectEvent(event);
              dialogRef.current?.close();
            }}
          />
        </section>

        {events.removed && events.removed.length > 0 && (
          <section aria-labelledby={`${titleId}-removed`} className="space-y-2">
            <h3 id={`${titleId}-removed`} className={heading}>
              Removed by corrections: {events.removed.length}
            </h3>
            <p>
              Events the pipeline extracted that a researcher's correction took out, with the
              reason. The corrections toggle beside the event count shows them again.
            </p>
            <RemovedEvents removed={events.removed} />
          </section>
        )}

        <section aria-labelledby={`${titleId}-cite`} className="space-y-2">
          <h3 id={`${titleId}-cite`} className={heading}>
            How to cite it
          </h3>
          <p>Name the version, so that a reader can tell which data you used.</p>
          <pre
            className="overflow-x-auto rounded-md bg-slate-100 p-3 text-xs whitespace-pre-wrap"
            data-testid="dataset-citation"
            tabIndex={0}
          >
            {citation.chicago}
          </pre>
          <pre
            className="overflow-x-auto rounded-md bg-slate-100 p-3 text-xs"
            aria-label="BibTeX"
            tabIndex={0}
          >
            {citation.bibtex}
          </pre>
        </section>

        <section aria-labelledby={`${titleId}-add`} className="space-y-2">
          <h3 id={`${titleId}-add`} className={heading}>
            How to add articles
          </h3>
          <ol className="list-decimal space-y-1 pl-5 leading-relaxed">
            <li>
              Save the article into <code>seeds/</code>, as text copied from the web page (menus and
              all) or as the page itself (<code>.html</code>).
            </li>
            <li>
              Run <code>npm run data</code>: it reads every article in <code>seeds/</code> and
              writes <code>public/data/events.json</code> and <code>articles.json</code>, with a
              summary of what it found and any file it could not use.
            </li>
            <li>
              Commit <code>seeds/</code> and <code>public/data/</code> together: the published data
              is always exactly what the pipeline makes of the corpus. The version changes with it.
            </li>
          </ol>
        </section>
      </div>
    </AboutFrame>
  );
}
