import { useEffect, useRef, useState } from "react";
import type { Article, Span, TimelineEvent } from "../../../dataset/index.ts";
import { corroborationOf } from "../../../lib/evidence/corroboration.ts";
import { topicColor } from "../../../lib/topic-color.ts";
import type { Neighbours } from "../model/chronology.ts";
import { readableEventDate } from "../model/readable-date.ts";
import { resolveSources } from "../model/resolve-sources.ts";
import { ArticleDialog } from "./article-dialog.tsx";
import { ConfidenceNote } from "./confidence-note.tsx";
import { QuoteList } from "./quote-list.tsx";
import { SourceList } from "./source-list.tsx";

interface EventDetailsProps {
  event: TimelineEvent | undefined;
  articleById: ReadonlyMap<string, Article>;
  topicLabel: (topicId: string) => string;
  /** The events before and after in the filtered chronology. */
  neighbours: Neighbours;
  onSelect: (eventId: string) => void;
  onClose: () => void;
  /**
   * "sheet" (the default) floats over the page on a phone; "inline" stays in the flow, for an
   * embed whose frame is as tall as its content, where a fixed sheet would have no room.
   */
  layout?: "sheet" | "inline";
  /**
   * Set when a reader chose an event (a click, Enter): its details are brought into view and
   * take focus. A new object each time, so choosing the same event again does it again.
   */
  focusRequest?: { eventId: string } | undefined;
}

const heading = "text-xs font-semibold tracking-wide text-slate-600 uppercase";
const button =
  "rounded-md border border-slate-300 bg-surface px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-50";

/**
 * What the dataset says about one event, and the exact sentences of the articles that report it.
 * On a phone it is a bottom sheet over the page while an event is selected; on a wide screen it
 * stays in view beside the timeline.
 */
export function EventDetails(props: EventDetailsProps) {
  const { event, layout = "sheet" } = props;
  return (
    <section
      aria-label="Event details"
      className={`rounded-xl border border-slate-200 bg-surface p-5 shadow-sm ${
        layout === "sheet"
          ? // Beside the timeline on a wide screen, in view while the page scrolls to the list.
            "lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto print:static print:max-h-none"
          : ""
      } ${
        event && layout === "sheet"
          ? "max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-20 max-sm:max-h-[50dvh] max-sm:overflow-y-auto max-sm:rounded-b-none max-sm:shadow-[0_-8px_30px_rgb(0_0_0/0.25)]"
          : ""
      }`}
      data-sheet={event && layout === "sheet" ? "open" : "closed"}
    >
      {event ? (
        // Keyed so that "Show in article" state does not leak from one event to the next.
        <EventDetailsBody key={event.id} {...props} event={event} />
      ) : (
        <p className="text-sm text-slate-600">
          Select an event on the timeline or in the list to see what happened, who took part, and
          the sentences of the articles that report it.
        </p>
      )}
    </section>
  );
}

interface OpenArticle {
  article: Article;
  spans: Span[];
  focus: number;
}

function EventDetailsBody({
  event,
  articleById,
  topicLabel,
  neighbours,
  onSelect,
  onClose,
  focusRequest,
}: EventDetailsProps & { event: TimelineEvent }) {
  const [open, setOpen] = useState<OpenArticle>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading || focusRequest?.eventId !== event.id) return;
    const box = heading.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight)
      heading.closest("section")?.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }, [focusRequest, event.id]);
  const sources = resolveSources(event, articleById);
  const corroboration = corroborationOf(event, articleById);
  const { previous, next } = neighbours;

  return (
    <article className="space-y-4">
      <nav aria-label="Chronology" className="flex flex-wrap items-center gap-2 print:hidden">
        <button
          type="button"
          className={button}
          disabled={!previous}
          onClick={() => previous && onSelect(previous.id)}
          title={previous?.title}
        >
          ← Previous event
        </button>
        <button
          type="button"
          className={button}
          disabled={!next}
          onClick={() => next && onSelect(next.id)}
          title={next?.title}
        >
          Next event →
        </button>
        <button type="button" className={`${button} ml-auto`} onClick={onClose}>
          Close details
        </button>
      </nav>

      <header className="space-y-2">
        <h2
          ref={headingRef}
          tabIndex={-1}
          className="text-lg leading-snug font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          {event.title}
        </h2>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <time dateTime={event.date.value} className="font-medium" data-testid="event-date">
            {readableEventDate(event.date)}
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
          <p className="text-xs text-slate-600">
            Date read from “{event.date.text}” ({event.date.basis.replaceAll("-", " ")})
          </p>
        )}
      </header>

      {event.summary && <p className="text-sm leading-relaxed text-slate-800">{event.summary}</p>}

      <ConfidenceNote event={event} corroboration={corroboration} heading={heading} />

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className={heading}>Actors</h3>
          {event.actors.length > 0 ? (
            <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
              {event.actors.map((actor) => (
                <li key={`${actor.name}|${actor.role ?? ""}`}>
                  <span className="font-medium">{actor.name}</span>
                  {(actor.role || actor.country) && (
                    <span className="text-slate-600">
                      {" "}
                      ({[actor.role, actor.country].filter(Boolean).join(", ")})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">None named</p>
          )}
        </div>

        <div>
          <h3 className={heading}>Location</h3>
          <p className="mt-1 text-sm text-slate-800">
            {event.location
              ? [event.location.name, event.location.country].filter(Boolean).join(", ")
              : "Not reported"}
          </p>
        </div>
      </div>

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
          <p className="mt-1 text-sm text-slate-600">None assigned</p>
        )}
      </div>

      {event.quotes.length > 0 && <QuoteList quotes={event.quotes} heading={heading} />}

      <SourceList
        sources={sources}
        hasText={(id) => Boolean(articleById.get(id)?.text)}
        onShowInArticle={(articleId, spans, focus) => {
          const article = articleById.get(articleId);
          if (article) setOpen({ article, spans, focus });
        }}
      />

      {open && (
        <ArticleDialog
          article={open.article}
          spans={open.spans}
          focus={open.focus}
          onClose={() => setOpen(undefined)}
        />
      )}
    </article>
  );
}
