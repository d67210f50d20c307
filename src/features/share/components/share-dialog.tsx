import { useId, type ReactNode } from "react";
import type { Article, EventsDocument, LightEvent } from "../../../dataset/index.ts";
import { useEventDetails } from "../../dataset/hooks/use-event-details.ts";
import { MODAL_DIALOG_CLASS, useModalDialog } from "../../../lib/hooks/use-modal-dialog.ts";
import type { ViewState } from "../../../lib/url-state.ts";
import { useCopy } from "../hooks/use-copy.ts";
import { CiteSection } from "./cite-section.tsx";
import { CopyStatusLine } from "./copy-status.tsx";
import { EmbedSection } from "./embed-section.tsx";
import { LinkSection } from "./link-section.tsx";
import { buttonClass } from "./styles.ts";

export interface ShareDialogProps {
  document: Pick<EventsDocument, "version">;
  view: ViewState;
  /** The selected event, if the dataset knows it. */
  selected: LightEvent | undefined;
  /** The page's full address, which is the view (the URL holds it all). */
  pageUrl: string;
  onClose: () => void;
  /** More sections at the end (the explorer puts Export there). */
  children?: ReactNode;
}

const NO_ARTICLES: ReadonlyMap<string, Article> = new Map();

/**
 * Link, embed code and citations for the current view, as a modal native <dialog> (focus
 * trapping, Escape and the backdrop come from the browser). The parent mounts it to open it and
 * unmounts it on `onClose`.
 */
export function ShareDialog(props: ShareDialogProps) {
  const { document, view, selected, pageUrl, onClose, children } = props;
  // The citation names the selected event's sources: the articles its details load (cached).
  const details = useEventDetails(selected?.id);
  const articleById = details.status === "success" ? details.articleById : NO_ARTICLES;
  const dialogRef = useModalDialog();
  const titleId = useId();
  const { status, copy } = useCopy();

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`${MODAL_DIALOG_CLASS} w-[min(48rem,calc(100vw-1.5rem))]`}
    >
      <header className="border-b border-slate-200 p-4">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-base leading-snug font-semibold">
            Share, embed &amp; cite
          </h2>
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className={`${buttonClass} shrink-0 px-3`}
          >
            Close
          </button>
        </div>
        <CopyStatusLine status={status} />
      </header>
      <div className="space-y-6 overflow-y-auto p-4">
        <LinkSection pageUrl={pageUrl} copy={copy} status={status} />
        <EmbedSection pageUrl={pageUrl} view={view} copy={copy} status={status} />
        <CiteSection
          document={document}
          articleById={articleById}
          event={selected}
          pageUrl={pageUrl}
          data={view.data}
          copy={copy}
          status={status}
        />
        {children}
      </div>
    </dialog>
  );
}
