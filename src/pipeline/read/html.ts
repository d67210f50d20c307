/** What an HTML page says about itself before its text is extracted. */
export interface HtmlPage {
  text: string;
  title?: string;
  url?: string;
  byline?: string;
  published?: string;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  ccedil: "ç",
  ocirc: "ô",
  ecirc: "ê",
  rsaquo: "›",
  laquo: "«",
  raquo: "»",
};

/** Decodes named and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function meta(html: string, names: string[]): string | undefined {
  for (const name of names) {
    const re = new RegExp(
      `<meta[^>]+(?:name|property|itemprop)=["']${name}["'][^>]*content=["']([^"']*)["']|<meta[^>]+content=["']([^"']*)["'][^>]*(?:name|property|itemprop)=["']${name}["']`,
      "i",
    );
    const m = html.match(re);
    const value = m?.[1] ?? m?.[2];
    if (value?.trim()) return decodeEntities(value.trim());
  }
  return undefined;
}

const BLOCK =
  /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|dt|dd|pre|hr)\b[^>]*>/gi;

/**
 * Turns an HTML page into plain text with one block per line, the shape of a page saved as text,
 * so the same cleaning rules apply to both. Scripts, styles and navigation are dropped here because
 * their structure is only visible in the markup.
 */
export function htmlToText(html: string): HtmlPage {
  const title = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1];
  const canonical = html.match(/<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i)?.[1];
  let body = html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<(script|style|noscript|nav|svg|form|iframe|template)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<head\b[\s\S]*?<\/head>/i, " ");
  const h1 = body.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i)?.[1];
  body = body.replace(BLOCK, "\n").replace(/<[^>]+>/g, "");
  const text = decodeEntities(body)
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const clean = (s?: string) =>
    s
      ? decodeEntities(s.replace(/<[^>]+>/g, ""))
          .replace(/\s+/g, " ")
          .trim()
      : undefined;
  return {
    text,
    title: clean(h1) ?? meta(html, ["og:title"]) ?? clean(title),
    url: meta(html, ["og:url"]) ?? canonical,
    byline: meta(html, ["author", "article:author", "byl"]),
    published: meta(html, [
      "article:published_time",
      "datePublished",
      "pubdate",
      "date",
      "DC.date.issued",
    ]),
  };
}
