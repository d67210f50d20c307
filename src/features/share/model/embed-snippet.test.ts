import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../../lib/url-state.ts";
import {
  autoHeightSnippet,
  embedScriptUrl,
  embedUrl,
  iframeSnippet,
  parseEmbedHeight,
} from "./embed-snippet.ts";
import { escapeHtmlAttribute } from "./html-escape.ts";

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("escapeHtmlAttribute", () => {
  it.each([
    ["plain", "plain"],
    ["a&b", "a&amp;b"],
    ['say "hi"', "say &quot;hi&quot;"],
    ["<script>", "&lt;script&gt;"],
    ["&amp;", "&amp;amp;"],
    ["it's", "it's"],
  ])("%s → %s", (input, expected) => expect(escapeHtmlAttribute(input)).toBe(expected));
});

describe("embedUrl", () => {
  it.each([
    ["https://x.org/", DEFAULT_VIEW, "", "https://x.org/embed.html"],
    ["https://x.org/app/index.html?q=a#top", DEFAULT_VIEW, "", "https://x.org/app/embed.html"],
    [
      "https://x.org/app/",
      view({ topics: ["cyber"], event: "evt-1" }),
      "  ",
      "https://x.org/app/embed.html?topics=cyber&event=evt-1",
    ],
    [
      "https://x.org/",
      view({ q: "talks", title: "Old" }),
      "Cyber & mil-mil",
      "https://x.org/embed.html?q=talks&title=Cyber%20%26%20mil-mil",
    ],
    // A caption cleared by the user drops the title the view had.
    ["https://x.org/", view({ title: "Old" }), "", "https://x.org/embed.html"],
  ])("%s %o %j → %s", (page, v, caption, expected) =>
    expect(embedUrl(page, v, caption)).toBe(expected),
  );

  it("puts the script beside the page", () => {
    expect(embedScriptUrl("https://x.org/app/?from=2012-01-01&to=2012-12-31")).toBe(
      "https://x.org/app/embed.js",
    );
  });
});

describe("parseEmbedHeight", () => {
  it.each([
    ["520", 520],
    [" 800 ", 800],
    ["200", 200],
    ["4000", 4000],
    ["199", undefined],
    ["4001", undefined],
    ["52.5", undefined],
    ["-520", undefined],
    ["", undefined],
    ["abc", undefined],
  ])("%j → %s", (raw, expected) => expect(parseEmbedHeight(raw)).toBe(expected));
});

describe("snippets", () => {
  const url = "https://x.org/embed.html?topics=cyber,diplomacy&title=A%20%22B%22";

  it("writes an iframe with escaped attributes, lazy loading and no border", () => {
    expect(iframeSnippet({ embedUrl: url, caption: 'US & "China" <2013>', height: 600 })).toBe(
      '<iframe src="https://x.org/embed.html?topics=cyber,diplomacy&amp;title=A%20%22B%22" ' +
        'width="100%" height="600" title="US &amp; &quot;China&quot; &lt;2013&gt;" ' +
        'loading="lazy" style="border:0"></iframe>',
    );
  });

  it("titles an uncaptioned iframe Dialogue Timeline", () => {
    expect(iframeSnippet({ embedUrl: "https://x.org/embed.html", caption: " ", height: 520 })).toBe(
      '<iframe src="https://x.org/embed.html" width="100%" height="520" ' +
        'title="Dialogue Timeline" loading="lazy" style="border:0"></iframe>',
    );
  });

  it("writes the auto-height placeholder and the host script", () => {
    expect(
      autoHeightSnippet({
        embedUrl: url,
        caption: "",
        scriptUrl: "https://x.org/embed.js",
      }),
    ).toBe(
      '<div data-dialogue-timeline="https://x.org/embed.html?topics=cyber,diplomacy&amp;title=A%20%22B%22" ' +
        'data-title="Dialogue Timeline"></div>\n' +
        '<script async src="https://x.org/embed.js"></script>',
    );
  });
});
