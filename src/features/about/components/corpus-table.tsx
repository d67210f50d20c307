import { useState } from "react";
import type { TimelineEvent } from "../../../dataset/index.ts";
import { formatEventDate, formatPartialDate } from "../../../lib/format-event-date.ts";
import { httpLink } from "../../../lib/http-link.ts";
import { FIRST_EVENTS, type CorpusEntry } from "../model/dataset-summary.ts";

interface CorpusTableProps {
  entries: readonly CorpusEntry[];
  onSelectEvent: (event: TimelineEvent) => void;
}

/** An article's title: a link to its address when that is http(s), else text saying why not. */
function ArticleTitle({ title, url }: { title: string; url: string | undefined }) {
  const href = httpLink(url);
  if (href)
    return (
      <a
        href={href}
        target="_blank"
        rel="noreferrer"
        className="text-sky-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600"
      >
        {title}
      </a>
    );
  return (
    <>
      <cite className="not-italic">{title}</cite>
      <span className="text-xs font-normal text-slate-600">
        {url ? " (its address is not an http link)" : " (no address known)"}
      </span>
    </>
  );
}

/** An article's events, each a way into the timeline: the first few, then all on asking. */
function ArticleEvents({
  events,
  onSelectEvent,
}: {
  events: readonly TimelineEvent[];
  onSelectEvent: (event: TimelineEvent) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? events : events.slice(0, FIRST_EVENTS);
  return (
    <>
      <ul className="mt-1.5 space-y-0.5" aria-label={`Events it reports (${events.length})`}>
        {shown.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              onClick={() => onSelectEvent(event)}
              className="text-left text-sky-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
            >
              {event.title}
            </button>{" "}
            <span className="text-xs text-slate-600">{formatEventDate(event.date)}</span>
          </li>
        ))}
      </ul>
      {events.length > FIRST_EVENTS && (
        <button
          type="button"
          aria-expanded={all}
          onClick={() => setAll(!all)}
          className="mt-1 text-xs font-medium text-slate-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          {all ? `Show the first ${FIRST_EVENTS}` : `Show all ${events.length} events`}
        </button>
      )}
    </>
  );
}

/**
 * Every article the dataset was made from: outlet, date, title (linked when its address is
 * known), the file it was read from, and the events it reports, each a way into the timeline.
 */
export function CorpusTable({ entries, onSelectEvent }: CorpusTableProps) {
  return (
    <ol className="space-y-3" aria-label="Articles">
      {entries.map(({ article, events }) => (
        <li
          key={article.id}
          data-article-id={article.id}
          className="rounded-lg border border-slate-200 p-3 text-sm"
        >
          <p className="text-slate-600">
            <span className="font-semibold text-slate-800">
              {article.outlet || "Unknown outlet"}
            </span>
            {" · "}
            <time dateTime={article.published.value}>
              {formatPartialDate(article.published.value, article.published.precision)}
            </time>
            {" · "}
            <span className="font-mono text-xs">{article.file}</span>
          </p>
          <p className="mt-0.5 font-medium text-slate-900">
            <ArticleTitle title={article.title || article.file} url={article.url} />
          </p>
          {events.length > 0 ? (
            <ArticleEvents events={events} onSelectEvent={onSelectEvent} />
          ) : (
            <p className="mt-1.5 text-slate-600">No event found in it.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
