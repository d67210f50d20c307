import { useEffect, useId, useRef } from "react";
import type { Article, Span } from "../../../dataset/index.ts";
import { formatPartialDate } from "../../../lib/format-event-date.ts";
import { MODAL_DIALOG_CLASS, useModalDialog } from "../../../lib/hooks/use-modal-dialog.ts";
import { highlightSegments } from "../model/highlight.ts";
import { DialogCloseButton } from "../../../lib/dialog-close-button.tsx";

interface ArticleDialogProps {
  article: Article;
  /** The evidence to highlight; `focus` is the one scrolled into view. */
  spans: readonly Span[];
  focus: number;
  onClose: () => void;
}

/**
 * The cleaned article text with the event's evidence highlighted, as a modal dialog (a native
 * <dialog>: focus trapping, Escape and the backdrop come from the browser). The parent mounts it
 * to open it and unmounts it on `onClose`.
 */
export function ArticleDialog({ article, spans, focus, onClose }: ArticleDialogProps) {
  const dialogRef = useModalDialog();
  const focusRef = useRef<HTMLElement>(null);
  const titleId = useId();

  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: "center" });
  }, []);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`${MODAL_DIALOG_CLASS} w-[min(56rem,calc(100vw-1.5rem))]`}
    >
      <header className="flex items-start justify-between gap-4 border-b border-slate-200 p-4">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base leading-snug font-semibold">
            {article.title || article.file}
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">
            {[
              article.outlet,
              article.byline,
              formatPartialDate(article.published.value, article.published.precision),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        <DialogCloseButton dialog={dialogRef} />
      </header>
      <div
        className="overflow-y-auto p-4 text-sm leading-relaxed whitespace-pre-wrap text-slate-800"
        data-testid="article-text"
        // A scrollable region must be reachable from the keyboard to be read.
        tabIndex={0}
        role="document"
      >
        {highlightSegments(article.text, spans).map((segment, i) =>
          segment.span === undefined ? (
            segment.text
          ) : (
            <mark
              key={i}
              ref={segment.span === focus ? focusRef : undefined}
              data-evidence={segment.span === focus ? "focus" : "other"}
              className={`rounded-sm px-0.5 text-slate-950 ${
                segment.span === focus ? "bg-amber-300 ring-2 ring-amber-500" : "bg-amber-100"
              }`}
            >
              {segment.text}
            </mark>
          ),
        )}
      </div>
    </dialog>
  );
}
