import { serializeViewState, type ViewState } from "../../../lib/url-state.ts";
import { escapeHtmlAttribute } from "./html-escape.ts";

/** What an iframe is called when the user gives no caption: screen readers announce it. */
export const DEFAULT_EMBED_TITLE = "Dialogue Timeline";
export const DEFAULT_EMBED_HEIGHT = 520;
/** Below this the timeline has no room for its axis; above it an iframe is a page of its own. */
export const MIN_EMBED_HEIGHT = 200;
export const MAX_EMBED_HEIGHT = 4000;

/**
 * The embeddable page's address for a view: embed.html beside the page, with the view's query.
 * A non-blank caption becomes the `title` parameter, replacing any the view had.
 */
export function embedUrl(pageUrl: string, view: ViewState, caption: string): string {
  const url = new URL("embed.html", pageUrl);
  const title = caption.trim() || undefined;
  url.search = serializeViewState({ ...view, title });
  url.hash = "";
  return url.href;
}

/** The host script's address: embed.js beside the page. */
export function embedScriptUrl(pageUrl: string): string {
  return new URL("embed.js", pageUrl).href;
}

/** A whole number of pixels in the allowed range, or undefined for anything else. */
export function parseEmbedHeight(raw: string): number | undefined {
  const trimmed = raw.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const height = Number(trimmed);
  return height >= MIN_EMBED_HEIGHT && height <= MAX_EMBED_HEIGHT ? height : undefined;
}

interface SnippetOptions {
  embedUrl: string;
  /** The caption; blank means the default title. */
  caption: string;
}

const titleOf = (caption: string) => caption.trim() || DEFAULT_EMBED_TITLE;

/** A fixed-height iframe: works on any page that allows iframes, no script needed. */
export function iframeSnippet({ embedUrl, caption, height }: SnippetOptions & { height: number }) {
  const attr = escapeHtmlAttribute;
  return (
    `<iframe src="${attr(embedUrl)}" width="100%" height="${height}" ` +
    `title="${attr(titleOf(caption))}" loading="lazy" style="border:0"></iframe>`
  );
}

/**
 * A placeholder the host script (embed.js) turns into an iframe that follows its content's
 * height, so the host page never shows a scroll bar inside a scroll bar.
 */
export function autoHeightSnippet({
  embedUrl,
  caption,
  scriptUrl,
}: SnippetOptions & { scriptUrl: string }) {
  const attr = escapeHtmlAttribute;
  return (
    `<div data-dialogue-timeline="${attr(embedUrl)}" data-title="${attr(titleOf(caption))}"></div>\n` +
    `<script async src="${attr(scriptUrl)}"></script>`
  );
}
