import { useId, useState } from "react";
import type { ViewState } from "../../../lib/url-state.ts";
import type { CopyFn, CopyStatus } from "../hooks/use-copy.ts";
import {
  autoHeightSnippet,
  DEFAULT_EMBED_HEIGHT,
  embedScriptUrl,
  embedUrl,
  iframeSnippet,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  parseEmbedHeight,
} from "../model/embed-snippet.ts";
import { CopyField } from "./copy-field.tsx";
import { fieldClass, sectionHeadingClass } from "./styles.ts";

interface EmbedSectionProps {
  pageUrl: string;
  view: ViewState;
  copy: CopyFn;
  status: CopyStatus;
}

/** The view as HTML for another page: a plain iframe, or a placeholder for the host script. */
export function EmbedSection({ pageUrl, view, copy, status }: EmbedSectionProps) {
  const headingId = useId();
  const captionId = useId();
  const heightId = useId();
  const [caption, setCaption] = useState(view.title ?? "");
  const [rawHeight, setRawHeight] = useState(String(DEFAULT_EMBED_HEIGHT));
  const parsedHeight = parseEmbedHeight(rawHeight);
  // An unfinished entry ("1" on the way to "1200") must not produce a 1-pixel iframe.
  const height = parsedHeight ?? DEFAULT_EMBED_HEIGHT;
  const src = embedUrl(pageUrl, view, caption);

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className={sectionHeadingClass}>
        Embed
      </h3>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <div className="space-y-1.5">
          <label htmlFor={captionId} className="block text-sm font-medium text-slate-800">
            Caption (optional)
          </label>
          <input
            id={captionId}
            type="text"
            value={caption}
            maxLength={200}
            onChange={(e) => setCaption(e.target.value)}
            placeholder="Shown above the embedded timeline"
            className={`${fieldClass} placeholder:text-slate-500`}
          />
        </div>
        <div className="space-y-1.5">
          <label htmlFor={heightId} className="block text-sm font-medium text-slate-800">
            Height in pixels
          </label>
          <input
            id={heightId}
            type="number"
            inputMode="numeric"
            min={MIN_EMBED_HEIGHT}
            max={MAX_EMBED_HEIGHT}
            step={10}
            value={rawHeight}
            onChange={(e) => setRawHeight(e.target.value)}
            aria-invalid={parsedHeight === undefined}
            aria-describedby={parsedHeight === undefined ? `${heightId}-error` : undefined}
            className={fieldClass}
          />
        </div>
      </div>
      {parsedHeight === undefined && (
        <p id={`${heightId}-error`} className="text-xs text-red-950">
          The height must be a whole number from {MIN_EMBED_HEIGHT} to {MAX_EMBED_HEIGHT}; the code
          below uses {DEFAULT_EMBED_HEIGHT} until it is.
        </p>
      )}
      <CopyField
        label="Embed code (iframe)"
        description="Paste into any web page that allows iframes."
        what="Embed code"
        copyLabel="Copy embed code"
        rows={4}
        value={iframeSnippet({ embedUrl: src, caption, height })}
        copy={copy}
        status={status}
      />
      <CopyField
        label="Auto-height embed code"
        description="With the host script, the frame grows and shrinks with the timeline."
        what="Auto-height code"
        copyLabel="Copy auto-height code"
        rows={4}
        value={autoHeightSnippet({ embedUrl: src, caption, scriptUrl: embedScriptUrl(pageUrl) })}
        copy={copy}
        status={status}
      />
    </section>
  );
}
