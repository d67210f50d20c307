import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";

const ROOT = resolve(import.meta.dirname, "../../..");
const FOLDERS = [join(ROOT, "seeds"), join(ROOT, "src/pipeline/testing/fixtures")];

/** The project's own articles (seeds and test fixtures): realistic material to mutate. */
export const SAMPLE_ARTICLES: readonly string[] = FOLDERS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8")),
);

/** Their sentences, as text for generated pages. */
const SENTENCES: readonly string[] = SAMPLE_ARTICLES.flatMap((a) =>
  a.split(/\n+/).filter((l) => l.length > 40),
);

/** Pieces that meet the pipeline's special cases: dates, quotes, datelines, odd characters. */
const TRICKY = [
  "“",
  "”",
  '"',
  "'",
  "—",
  " – ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\u202e",
  "\u001b[2K",
  "😀",
  "\ud83d",
  "e\u0301",
  "<b>",
  "</p>",
  "&amp;",
  "today",
  "yesterday",
  "on Monday",
  "last week",
  "in June",
  "June 7, 2013",
  "Jan. 10, 2011",
  "2012",
  "1999",
  "2030",
  "within the year",
  "WASHINGTON, May 7, 2012 – ",
  "BEIJING (AP) — ",
  "said.",
  " met ",
  " visited ",
  "Hagel",
  "Chang Wanquan",
  "Mr.",
  "U.S.",
  "...",
  "(",
  ")",
  "By ",
  "Posted: April 8, 2013",
];

const piece = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.constantFrom(...SENTENCES),
);

type Edit = (text: string) => string;

/** One edit at a point given as a fraction of the text, so it fits any length. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), piece).map(([at, s]): Edit => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + s + t.slice(i);
  }),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 400 }))
    .map(([at, n]): Edit => (t) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i) + t.slice(i + n);
    }),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 300 }))
    .map(([at, n]): Edit => (t) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i + n) + t.slice(i, i + n) + t.slice(i + n);
    }),
  // Truncation keeps at least half, so most cases still hold an article to extract from.
  fc.double({ min: 0.5, max: 1, noNaN: true }).map(
    (at): Edit =>
      (t) =>
        t.slice(0, Math.floor(at * t.length)),
  ),
  fc.constant<Edit>((t) => t.replace(/\n/g, "\r\n")),
  fc.constant<Edit>((t) => t.split("\n").reverse().join("\n")),
);

/** A project article with a few random edits: insertions, cuts, repeats, truncation, line ends. */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SAMPLE_ARTICLES), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([text, edits]) => edits.reduce((t, e) => e(t), text));

const TAGS = [
  "div",
  "p",
  "article",
  "section",
  "span",
  "h1",
  "h2",
  "ul",
  "li",
  "b",
  "a",
  "main",
  "header",
  "footer",
  "nav",
  "table",
  "td",
];

const attribute = fc.oneof(
  fc.constant(""),
  fc.constantFrom(' class="byline"', ' class="share"', ' id="content"', ' class="article-body"'),
  fc.string({ maxLength: 10 }).map((s) => ` title="${s.replace(/"/g, "")}"`),
);

/** A random tree of elements holding article sentences and tricky pieces, a few dozen deep at most. */
const htmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.constantFrom(...SENTENCES), piece).map((s) => s.replace(/</g, "&lt;")),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        attribute,
        fc.array(tie("node"), { maxLength: 5 }),
        fc.boolean(),
      )
      .map(
        ([tag, attr, children, closed]) =>
          `<${tag}${attr}>${children.join("")}${closed ? `</${tag}>` : ""}`,
      ),
    fc.constantFrom(
      "<br>",
      "<hr>",
      "<script>var x = '</div>';</script>",
      "<!-- <div> -->",
      "<style>p{}</style>",
    ),
  ),
})).node;

const headTag = fc.oneof(
  fc.constant(""),
  fc
    .constantFrom(
      "https://example.org/a",
      "http://x.test/b?c=1",
      "javascript:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "",
      "//no-scheme",
      "not a url",
    )
    .map((u) => `<meta property="og:url" content="${u}">`),
  fc
    .constantFrom("2013-06-07T10:00:00Z", "2013-06-07", "yesterday", "1999-01-01", "")
    .map((d) => `<meta property="article:published_time" content="${d}">`),
  fc.string({ maxLength: 30 }).map((t) => `<title>${t.replace(/</g, "")}</title>`),
);

/** An article block of consecutive sentences of one sample article, as most news pages have. */
const articleBlock: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SAMPLE_ARTICLES),
    fc.nat(),
    fc.integer({ min: 1, max: 12 }),
    fc.array(htmlNode, { maxLength: 3 }),
  )
  .map(([text, from, count, noise]) => {
    const lines = text.split(/\n+/).filter(Boolean);
    const start = from % lines.length;
    const paragraphs = lines
      .slice(start, start + count)
      .map((l) => `<p>${l.replace(/</g, "&lt;")}</p>`);
    return `<article><h1>${lines[0]?.replace(/</g, "&lt;") ?? ""}</h1>${noise.join("")}${paragraphs.join("")}</article>`;
  });

/** A generated HTML page: head metadata of any kind, and a random body tree, often with an article. */
export const generatedPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(headTag, { maxLength: 4 }),
    fc.array(htmlNode, { minLength: 1, maxLength: 6 }),
    fc.option(articleBlock, { freq: 3 }),
    fc.boolean(),
  )
  .map(
    ([head, body, article, doctype]) =>
      `${doctype ? "<!doctype html>" : ""}<html><head>${head.join("")}</head><body>${body.join("")}${article ?? ""}</body></html>`,
  );
