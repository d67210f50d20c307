import { useState } from "react";
import type { Quote } from "../../../dataset/index.ts";

/** Quotes shown before "Show all": enough to give the voices, short enough to reach the sources. */
const FIRST_QUOTES = 3;

/**
 * An event's quotes, the first few at once and the rest on request: a long interview can give
 * one event dozens of quotes, which would push its sources (the evidence) far down the page.
 */
export function QuoteList({ quotes, heading }: { quotes: readonly Quote[]; heading: string }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? quotes : quotes.slice(0, FIRST_QUOTES);
  const hidden = quotes.length - shown.length;
  return (
    <div>
      <h3 className={heading}>Quotes ({quotes.length})</h3>
      <ul aria-label="Quotes" className="mt-1.5 space-y-2">
        {shown.map((quote) => (
          <li key={`${quote.articleId}-${quote.start}`} className="text-sm">
            <figure>
              <blockquote className="leading-relaxed text-slate-800">“{quote.text}”</blockquote>
              <figcaption className="mt-0.5 text-slate-600">— {quote.speaker}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
      {(hidden > 0 || expanded) && quotes.length > FIRST_QUOTES && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="mt-2 text-sm font-medium text-sky-700 underline hover:text-sky-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 print:hidden"
        >
          {expanded ? "Show fewer quotes" : `Show all ${quotes.length} quotes`}
        </button>
      )}
    </div>
  );
}
