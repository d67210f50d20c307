import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { nestingDepth, treeDepth } from "./depth.ts";
import { READ_LIMITS } from "./limits.ts";

/** What an HTML page says about itself, and its article as plain text. */
export interface HtmlPage {
  text: string;
  title?: string;
  url?: string;
  byline?: string;
  published?: string;
}

const PUBLISHED_META = [
  "article:published_time",
  "datePublished",
  "pubdate",
  "date",
  "DC.date.issued",
];

const BLOCK_TAGS = new Set(
  (
    "p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer aside " +
    "blockquote figure figcaption dt dd pre hr main"
  )
    .toUpperCase()
    .split(" "),
);

type PageDocument = ReturnType<typeof parseHTML>["document"];
type PageNode = PageDocument["body"]["childNodes"][number];

function parsePage(html: string): PageDocument {
  let { document } = parseHTML(html);
  // A file of bare text ("Just some text.") parses to a document without a root, which
  // Readability refuses; as a browser would, read it as the body of a page.
  if (!document.documentElement || !document.body)
    ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  // Readability reads bylines with textContent, which runs "By Jane Doe<br>AFPS" together.
  for (const br of [...document.querySelectorAll("br")])
    br.replaceWith(document.createTextNode("\n"));
  return document;
}

function metaContent(document: PageDocument, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const attr of ["name", "property", "itemprop"]) {
      const value = document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute("content");
      if (value?.trim()) return value.trim();
    }
  }
  return undefined;
}

/** Text of a DOM subtree with one block element per line: the shape of a page saved as text. */
function blockText(root: PageNode): string {
  const parts: string[] = [];
  const walk = (node: PageNode) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? "");
      return;
    }
    const isBlock = BLOCK_TAGS.has((node as { tagName?: string }).tagName ?? "");
    if (isBlock) parts.push("\n");
    for (const child of [...node.childNodes]) walk(child);
    if (isBlock) parts.push("\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const oneLine = (s: string | null | undefined) => s?.replace(/\s+/g, " ").trim() || undefined;

/**
 * Extracts the article of an HTML page with Mozilla's Readability (the engine of Firefox's reader
 * view), which drops navigation, sidebars, share widgets and footers by the page's structure.
 * The result is laid out as a page saved as text — title, byline, then the body one paragraph a
 * line — so the same cleaning and metadata rules serve `.txt` and `.html` input alike.
 */
export function htmlToText(html: string): HtmlPage {
  // Both bounds come before Readability, whose recursive walk would overflow the stack or take
  // minutes; the cheap scan first, because building a tree 100,000 levels deep takes seconds.
  const { maxHtmlDepth, maxScannedDepth } = READ_LIMITS;
  if (nestingDepth(html) > maxScannedDepth)
    throw new Error(`HTML nested more than ${maxScannedDepth} levels deep`);
  const meta = parsePage(html);
  const depth = treeDepth(meta);
  if (depth > maxHtmlDepth)
    throw new Error(`HTML nested ${depth} levels deep (the limit is ${maxHtmlDepth})`);
  const url =
    metaContent(meta, ["og:url"]) ??
    meta.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    undefined;
  const article = new Readability(parsePage(html) as unknown as Document).parse();
  const bodyText = article?.content
    ? blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body)
    : blockText(meta.body);
  const title = oneLine(meta.querySelector("h1")?.textContent) ?? oneLine(article?.title);
  const bylineLines = (article?.byline ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const header = [title, ...bylineLines].filter(Boolean).join("\n");
  return {
    text: header ? `${header}\n\n${bodyText}` : bodyText,
    title,
    url,
    byline: bylineLines[0],
    published: oneLine(article?.publishedTime) ?? metaContent(meta, PUBLISHED_META),
  };
}
