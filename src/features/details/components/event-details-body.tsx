import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Article, Span, TimelineEvent } from "../../../dataset/index.ts";
import { corroborationOf } from "../../../lib/evidence/corroboration.ts";
import { CorrectionNotes } from "../../corrections/components/correction-notes.tsx";
import { SuggestCorrection } from "../../corrections/components/suggest-correction.tsx";
import type { Neighbours } from "../model/chronology.ts";
import { readableEventDate } from "../model/readable-date.ts";
import { resolveSources } from "../model/resolve-sources.ts";
import { ArticleDialog } from "./article-dialog.tsx";
import { ConfidenceNote } from "./confidence-note.tsx";
import { EventFacts } from "./event-facts.tsx";
import { QuoteList } from "./quote-list.tsx";
import { SourceList } from "./source-list.tsx";
import { detailsButton as button, detailsHeading as heading } from "./styles.ts";

export interface EventDetailsBodyProps {
  event: TimelineEvent;
  articleById: ReadonlyMap<string, Article>;
  topicLabel: (topicId: string) => string;
  neighbours: Neighbours;
  onSelect: (eventId: string) => void;
  onClose: () => void;
  focusRequest: { eventId: string } | undefined;
  /** Whether focus is still where the request left it, so moving it interrupts nothing. */
  mayTakeFocus: () => boolean;
  /** The sentences that report it straight after its title (a card with little room). */
  evidenceFirst: boolean;
}

interface OpenArticle {
  article: Article;
  spans: Span[];
  focus: number;
}

/**
 * One event: the way to its neighbours, its title and date, and then what the dataset says of it
 * and the sentences that report it, the evidence first when room is short.
 */
export function EventDetailsBody(props: EventDetailsBodyProps) {
  const { event, articleById, topicLabel, neighbours, onSelect, onClose, focusRequest } = props;
  const { mayTakeFocus } = props;
  const [open, setOpen] = useState<OpenArticle>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const title = headingRef.current;
    if (!title || focusRequest?.eventId !== event.id || !mayTakeFocus()) return;
    const box = title.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight)
      title.closest("section")?.scrollIntoView({ block: "start" });
    title.focus({ preventScroll: true });
  }, [focusRequest, event.id, mayTakeFocus]);
  const sources = resolveSources(event, articleById);
  const corroboration = corroborationOf(event, articleById);
  const { previous, next } = neighbours;
  // A card has one row for its buttons: symbols, named in full for screen readers.
  const compact = props.evidenceFirst;

  const evidence: ReactNode = (
    <SourceList
      key="evidence"
      sources={sources}
      hasText={(id) => Boolean(articleById.get(id)?.text)}
      onShowInArticle={(articleId, spans, focus) => {
        const article = articleById.get(articleId);
        if (article) setOpen({ article, spans, focus });
      }}
    />
  );
  const about: ReactNode[] = [
    event.summary && (
      <p key="summary" className="text-sm leading-relaxed text-slate-800">
        {event.summary}
      </p>
    ),
    <ConfidenceNote
      key="confidence"
      event={event}
      corroboration={corroboration}
      heading={heading}
    />,
    <EventFacts key="facts" event={event} topicLabel={topicLabel} />,
    <CorrectionNotes
      key="corrections"
      event={event}
      topicLabel={topicLabel}
      articleById={articleById}
      heading={heading}
    />,
    event.quotes.length > 0 && <QuoteList key="quotes" quotes={event.quotes} heading={heading} />,
  ];

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
          <Label compact={compact} symbol="←" text="Previous event" />
        </button>
        <button
          type="button"
          className={button}
          disabled={!next}
          onClick={() => next && onSelect(next.id)}
          title={next?.title}
        >
          <Label compact={compact} symbol="→" text="Next event" after />
        </button>
        <button type="button" className={`${button} ml-auto`} onClick={onClose}>
          <Label compact={compact} symbol="✕" text="Close details" />
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
          {event.corrections && (
            <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900">
              Corrected
            </span>
          )}
        </p>
        {event.date.text && (
          <p className="text-xs text-slate-600">
            Date read from “{event.date.text}” ({event.date.basis.replaceAll("-", " ")})
          </p>
        )}
      </header>

      {props.evidenceFirst ? [evidence, ...about] : [...about, evidence]}

      <SuggestCorrection
        event={event}
        articleById={articleById}
        topicLabel={topicLabel}
        button={button}
        heading={heading}
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

/** A button's words, or in a compact card its symbol alone (the words still name it). */
function Label(props: { compact: boolean; symbol: string; text: string; after?: boolean }) {
  if (props.compact)
    return (
      <>
        <span aria-hidden="true">{props.symbol}</span>
        <span className="sr-only">{props.text}</span>
      </>
    );
  if (props.symbol === "✕") return <>{props.text}</>;
  return <>{props.after ? `${props.text} ${props.symbol}` : `${props.symbol} ${props.text}`}</>;
}
