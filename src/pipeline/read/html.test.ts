import { describe, expect, it } from "vitest";
import { htmlToText } from "./html.ts";

const BODY =
  "<p>WASHINGTON, Aug. 19, 2013 &ndash; Defense Secretary Chuck Hagel met Chinese Defense " +
  "Minister Gen. Chang Wanquan at the Pentagon today for talks on cyber security.</p>" +
  "<p>&ldquo;We discussed cyber in a very candid way,&rdquo; Hagel said at a news conference " +
  "after the meeting, adding that both countries need rules of the road.</p>";

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("htmlToText", () => {
  it("keeps the article and drops navigation, sidebars, share widgets and footers", () => {
    const { text } = htmlToText(
      page(
        "<title>Hagel Hosts Chang | DoD</title>",
        `<nav><ul><li><a>Home</a></li><li><a>News</a></li></ul></nav>
         <div class="sidebar"><h3>Most Popular</h3><ul><li><a>RIMPAC 2016 Begins</a></li></ul></div>
         <article><h1>Hagel Hosts Chang</h1>${BODY}<div class="share"><a>Facebook</a></div></article>
         <footer><p>Privacy &amp; Security | FOIA</p></footer>`,
      ),
    );
    expect(text).toContain("WASHINGTON, Aug. 19, 2013 – Defense Secretary Chuck Hagel");
    expect(text).toContain("“We discussed cyber in a very candid way,” Hagel said");
    for (const furniture of ["Home", "Most Popular", "RIMPAC", "Facebook", "FOIA"])
      expect(text).not.toContain(furniture);
  });

  it("lays the page out as saved text: title, byline lines, then one paragraph a line", () => {
    const { text, title, byline } = htmlToText(
      page(
        "",
        `<article><h1>Hagel Hosts Chang</h1>
         <p class="byline">By Karen Parrish<br>American Forces Press Service</p>${BODY}</article>`,
      ),
    );
    expect(title).toBe("Hagel Hosts Chang");
    expect(byline).toBe("By Karen Parrish");
    const lines = text.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Hagel Hosts Chang",
      "By Karen Parrish",
      "American Forces Press Service",
    ]);
    expect(lines.filter((l) => l.startsWith("WASHINGTON"))).toHaveLength(1);
  });

  it.each([
    ['<meta property="og:url" content="https://example.mil/a">', "https://example.mil/a"],
    ['<link rel="canonical" href="https://example.mil/b">', "https://example.mil/b"],
    ["", undefined],
  ])("reads the page's address from %s", (head, url) => {
    expect(htmlToText(page(head, `<article><h1>T</h1>${BODY}</article>`)).url).toBe(url);
  });

  it.each([
    ['<meta property="article:published_time" content="2013-08-19T18:00:00Z">', "2013-08-19"],
    ['<meta name="date" content="2013-08-19">', "2013-08-19"],
  ])("reads the publication date from %s", (head, day) => {
    const { published } = htmlToText(page(head, `<article><h1>T</h1>${BODY}</article>`));
    expect(published?.slice(0, 10)).toBe(day);
  });

  it("still returns the page's text when there is no article-like block", () => {
    const { text } = htmlToText(page("", "<p>Beijing, Jan. 10, 2011 – Gates met Liang.</p>"));
    expect(text).toContain("Gates met Liang.");
  });
});
