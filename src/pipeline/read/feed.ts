import { DOMParser, parseHTML } from "linkedom";
import type { HtmlPage } from "./html.ts";
import { nestingDepth } from "./depth.ts";
import { READ_LIMITS } from "./limits.ts";
import { MONTH_NAMES } from "../lexicon/calendar.ts";

/**
 * A news feed saved as a file (RSS 2.0 or Atom): an XML declaration, comments, then `<rss>` or
 * `<feed>`. A reader's "save feed" gives this, not a page.
 */
const FEED_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed)\b/i;

/** Whether a file's text is a saved RSS or Atom feed. */
export const isFeed = (text: string): boolean => FEED_START.test(text);

/** A month's number (0 for January) by its name's first three letters, as RFC 822 writes it. */
const monthOf = (word: string) =>
  MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === word.toLowerCase());

/**
 * The day a feed's date names, in the outlet's own clock: "Fri, 14 Jun 2013 22:10:00 -0400"
 * (RSS) is 14 June though it is the 15th in UTC; "2013-06-01T09:40:00+08:00" (Atom) is 1 June.
 */
export function feedDay(date: string | undefined): string | undefined {
  const text = date?.trim() ?? "";
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(text);
  const month = rfc ? monthOf(rfc[2] ?? "") : -1;
  if (!rfc || month < 0) return undefined;
  return `${rfc[3]}-${String(month + 1).padStart(2, "0")}-${(rfc[1] ?? "").padStart(2, "0")}`;
}

/** The text of the first child of `parent` with one of `names` (tag names, prefixes kept). */
function childText(parent: Element, names: readonly string[]): string | undefined {
  for (const child of Array.from(parent.children)) {
    if (names.includes(child.tagName.toLowerCase())) return child.textContent?.trim() || undefined;
  }
  return undefined;
}

/** An item's body, which feeds carry as HTML (in CDATA or escaped): its paragraphs as lines. */
export function bodyLines(html: string): string[] {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  for (const br of Array.from(document.querySelectorAll("br"))) br.replaceWith("\n");
  for (const block of Array.from(document.querySelectorAll("p, div, li, h1, h2, h3, h4")))
    block.append("\n");
  return (document.body.textContent ?? "")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const TITLE = ["title"];
const DATE = ["pubdate", "dc:date", "published", "updated"];
const BODY = ["content:encoded", "description", "content", "summary"];
const FEED_DATE = ["lastbuilddate", "pubdate", "dc:date", "updated"];

/**
 * A saved feed laid out as a page of dated entries: the feed's title, then each item's title, its
 * date line as the feed gives it, and its body. Each item is a story of its own day (the cleaning
 * stage dates an entry by the stamp above it); the feed was published when it was last built, or
 * else on its newest item's day.
 */
export function feedToText(xml: string): HtmlPage {
  // The bound of `htmlToText`: a feed's items are markup too, read into a tree.
  const { maxHtmlDepth } = READ_LIMITS;
  if (nestingDepth(xml) > maxHtmlDepth)
    throw new Error(`feed nested more than ${maxHtmlDepth} levels deep`);
  const document = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const root = document.querySelector("channel") ?? document.querySelector("feed");
  if (!root) throw new Error("feed has no <channel> or <feed> element");
  const items = Array.from(document.querySelectorAll("item, entry"));
  if (!items.length) throw new Error("feed has no <item> or <entry>");
  const title = childText(root, TITLE);
  const lines: string[] = title ? [title, ""] : [];
  const days: string[] = [];
  for (const item of items) {
    const date = childText(item, DATE);
    const day = feedDay(date);
    if (day) days.push(day);
    const itemTitle = childText(item, TITLE);
    lines.push(...[itemTitle, date].filter((x): x is string => !!x));
    lines.push(...bodyLines(childText(item, BODY) ?? ""), "");
  }
  const published = feedDay(childText(root, FEED_DATE)) ?? days.sort().at(-1);
  return { text: lines.join("\n").trim(), title, url: undefined, byline: undefined, published };
}
