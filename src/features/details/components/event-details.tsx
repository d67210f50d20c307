import type { Article, TimelineEvent } from "../../../dataset/index.ts";
import { formatEventDate, formatPartialDate } from "../../../lib/format-event-date.ts";
import { topicColor } from "../../../lib/topic-color.ts";
import { resolveSources } from "../model/resolve-sources.ts";

interface EventDetailsProps {
  event: TimelineEvent | undefined;
  articleById: ReadonlyMap<string, Article>;
  topicLabel: (topicId: string) => string;
}

const heading = "text-xs font-semibold tracking-wide text-slate-500 uppercase";

/** What the dataset says about one event, and the exact sentences of the articles that report it. */
export function EventDetails({ event, articleById, topicLabel }: EventDetailsProps) {
  return (
    <section
      aria-label="Event details"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      {event ? (
        <EventDetailsBody event={event} articleById={articleById} topicLabel={topicLabel} />
      ) : (
        <p className="text-sm text-slate-500">
          Select an event on the timeline to see what happened, who took part, and the sentences of
          the articles that report it.
        </p>
      )}
    </section>
  );
}

function EventDetailsBody({
  event,
  articleById,
  topicLabel,
}: EventDetailsProps & { event: TimelineEvent }) {
  const sources = resolveSources(event, articleById);
  return (
    <article className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="space-y-4">
        <header className="space-y-2">
          <h2 className="text-lg leading-snug font-semibold text-slate-900">{event.title}</h2>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <time dateTime={event.date.value} className="font-medium">
              {formatEventDate(event.date)}
            </time>
            {event.status === "planned" && (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                Planned
              </span>
            )}
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
              {event.type.label}
            </span>
          </p>
          {event.date.text && (
            <p className="text-xs text-slate-500">
              Date read from “{event.date.text}” ({event.date.basis.replaceAll("-", " ")})
            </p>
          )}
        </header>

        {event.summary && <p className="text-sm leading-relaxed text-slate-800">{event.summary}</p>}

        {event.actors.length > 0 && (
          <div>
            <h3 className={heading}>Actors</h3>
            <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
              {event.actors.map((actor) => (
                <li key={`${actor.name}|${actor.role ?? ""}`}>
                  <span className="font-medium">{actor.name}</span>
                  {(actor.role || actor.country) && (
                    <span className="text-slate-500">
                      {" "}
                      ({[actor.role, actor.country].filter(Boolean).join(", ")})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}

        {event.location && (
          <div>
            <h3 className={heading}>Location</h3>
            <p className="mt-1 text-sm text-slate-800">{event.location.name}</p>
          </div>
        )}

        <div>
          <h3 className={heading}>Topics</h3>
          {event.topics.length > 0 ? (
            <ul className="mt-1 flex flex-wrap gap-1.5">
              {event.topics.map((topic) => (
                <li
                  key={topic}
                  className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 px-2 py-0.5 text-xs text-slate-700"
                >
                  <span
                    aria-hidden="true"
                    className="inline-block size-2 rounded-full"
                    style={{ backgroundColor: topicColor(topic) }}
                  />
                  {topicLabel(topic)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-500">None assigned</p>
          )}
        </div>
      </div>

      <div>
        <h3 className={heading}>
          {sources.length === 1 ? "Source" : `Sources (${sources.length})`}
        </h3>
        <ol className="mt-2 space-y-4">
          {sources.map((source) => (
            <li key={source.articleId} className="text-sm">
              <p className="text-slate-800">
                <span className="font-semibold">{source.outlet ?? "Unknown outlet"}</span>
                {" — "}
                {source.url ? (
                  <a
                    href={source.url}
                    className="text-sky-700 underline underline-offset-2"
                    target="_blank"
                    rel="noreferrer"
                  >
                    {source.articleTitle ?? source.articleId}
                  </a>
                ) : (
                  <cite className="not-italic">{source.articleTitle ?? source.articleId}</cite>
                )}
                {source.published && (
                  <span className="text-slate-500">
                    {", "}
                    {formatPartialDate(source.published.value, source.published.precision)}
                  </span>
                )}
              </p>
              <ul className="mt-1.5 space-y-1.5">
                {source.evidence.map((span) => (
                  <li key={`${span.start}-${span.end}`}>
                    <blockquote className="border-l-2 border-slate-300 pl-3 leading-relaxed text-slate-700">
                      {span.text}
                    </blockquote>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
    </article>
  );
}
