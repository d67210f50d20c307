import type { Span } from "../../../dataset/index.ts";
import { formatPartialDate } from "../../../lib/format-event-date.ts";
import type { ResolvedSource } from "../model/resolve-sources.ts";

interface SourceListProps {
  sources: ResolvedSource[];
  /** Undefined when the article's text is not in articles.json: no "Show in article" then. */
  onShowInArticle: ((articleId: string, spans: Span[], focus: number) => void) | undefined;
  hasText: (articleId: string) => boolean;
}

const heading = "text-xs font-semibold tracking-wide text-slate-600 uppercase";

/** Every source of an event: outlet, title (linked when known), date, and its evidence. */
export function SourceList({ sources, onShowInArticle, hasText }: SourceListProps) {
  return (
    <div>
      <h3 className={heading}>{sources.length === 1 ? "Source" : `Sources (${sources.length})`}</h3>
      <ol className="mt-2 space-y-4">
        {sources.map((source) => (
          <li key={source.articleId} className="text-sm" data-testid="source">
            <p className="text-slate-800">
              <span className="font-semibold">{source.outlet ?? "Unknown outlet"}</span>
              {" — "}
              {source.url ? (
                <a
                  href={source.url}
                  className="text-sky-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600"
                  target="_blank"
                  rel="noreferrer"
                >
                  {source.articleTitle ?? source.articleId}
                </a>
              ) : (
                <cite className="not-italic">{source.articleTitle ?? source.articleId}</cite>
              )}
              {source.published && (
                <span className="text-slate-600">
                  {", "}
                  <time dateTime={source.published.value}>
                    {formatPartialDate(source.published.value, source.published.precision)}
                  </time>
                </span>
              )}
            </p>
            <ul className="mt-1.5 space-y-2">
              {source.evidence.map((span, i) => (
                <li key={`${span.start}-${span.end}`}>
                  <blockquote className="border-l-2 border-slate-300 pl-3 leading-relaxed text-slate-700">
                    {span.text}
                  </blockquote>
                  {onShowInArticle && hasText(source.articleId) && (
                    <button
                      type="button"
                      onClick={() => onShowInArticle(source.articleId, source.evidence, i)}
                      className="mt-1 ml-3 text-xs font-medium text-sky-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 print:hidden"
                    >
                      Show in article
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
