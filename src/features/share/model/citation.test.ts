import { describe, expect, it } from "vitest";
import type { Article } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { biblatexCitation } from "./biblatex.ts";
import { bibtexCitation } from "./bibtex.ts";
import { chicagoCitation } from "./chicago.ts";
import { citationFacts, type CitationInput } from "./citation-facts.ts";
import { shortHash } from "./citation-key.ts";
import { cslJsonCitation } from "./csl-json.ts";
import { risCitation } from "./ris.ts";

const article = (id: string, patch: Partial<Article>): Article => ({
  id,
  file: `${id}.txt`,
  title: "",
  outlet: "",
  byline: "",
  published: { value: "2013-06-08", precision: "day" },
  sha256: "a".repeat(64),
  text: "A sentence.",
  ...patch,
});

const afps = article("art-afps", {
  title: "U.S., China Must Work Together on Cyber, Panetta Says",
  outlet: "American Forces Press Service",
  published: { value: "2012-05-07", precision: "day" },
});
const zee = article("art-zee", {
  title: "Obama & Xi: 100% on_cyber?",
  outlet: "Zee News",
  published: { value: "2013-06", precision: "month" },
  url: "https://zeenews.example/a_b?x=1&y=2",
});
const evidence = [{ text: "A sentence.", start: 0, end: 11 }];
const event = makeEvent({
  id: "evt-2012-abc",
  title: "Panetta hosts Liang Guanglie at the Pentagon",
  date: { value: "2012-05-07", precision: "day", end: "2012-05-08" },
  sources: [
    { articleId: "art-afps", evidence },
    { articleId: "art-zee", evidence },
    { articleId: "art-gone", evidence },
  ],
});
const articleById = new Map([afps, zee].map((a) => [a.id, a]));
const VIEW = "https://x.org/app/?topics=cyber&event=evt-2012-abc";
const CREDIT = { author: "Jane Q. Roe", publisher: "Example U." };

const input = (patch: Partial<CitationInput> = {}): CitationInput => ({
  document: { version: "44e2b4e29a0c" },
  articleById,
  event: undefined,
  viewUrl: "https://x.org/app/",
  data: undefined,
  accessed: "2026-11-22",
  ...patch,
});

describe("chicagoCitation", () => {
  it("cites the bundled dataset, its version, the access date and the view", () => {
    expect(chicagoCitation(citationFacts(input()))).toBe(
      "Dialogue Timeline: US\u2013China Cyber and Military-to-Military Dialogue, 2010\u20132013. " +
        "Dataset, version 44e2b4e29a0c. Interactive timeline view. Accessed November 22, 2026. " +
        "https://x.org/app/.",
    );
  });

  it("says unversioned when the dataset has no version", () => {
    expect(chicagoCitation(citationFacts(input({ document: {} })))).toContain(
      "Dataset, unversioned. Interactive",
    );
  });

  it("names another dataset by its address, resolved against the page", () => {
    expect(
      chicagoCitation(citationFacts(input({ data: "../other/events.json", viewUrl: VIEW }))),
    ).toBe(
      "Dataset at https://x.org/other/events.json, version 44e2b4e29a0c. " +
        "Interactive timeline view in Dialogue Timeline. Accessed November 22, 2026. " +
        `${VIEW}.`,
    );
  });

  it("adds the selected event and each of its sources", () => {
    expect(chicagoCitation(citationFacts(input({ event, viewUrl: VIEW })))).toBe(
      [
        "Dialogue Timeline: US\u2013China Cyber and Military-to-Military Dialogue, 2010\u20132013. " +
          `Dataset, version 44e2b4e29a0c. Interactive timeline view. Accessed November 22, 2026. ${VIEW}.`,
        "",
        "Selected event: \u201CPanetta hosts Liang Guanglie at the Pentagon,\u201D May 7\u20138, 2012.",
        "",
        "Sources for this event:",
        "American Forces Press Service. \u201CU.S., China Must Work Together on Cyber, Panetta Says.\u201D May 7, 2012.",
        "Zee News. \u201CObama & Xi: 100% on_cyber?\u201D June 2013. https://zeenews.example/a_b?x=1&y=2.",
        "Article art-gone (not found in the dataset\u2019s articles).",
      ].join("\n"),
    );
  });
});

describe("bibtexCitation", () => {
  it("writes one @misc for the view and one entry per source, escaped", () => {
    expect(bibtexCitation(citationFacts(input({ event, viewUrl: VIEW })))).toBe(
      [
        `@misc{dialogue-timeline-44e2b4e29a0c-${shortHash("?topics=cyber&event=evt-2012-abc")},`,
        "  title = {{Dialogue Timeline: US--China Cyber and Military-to-Military Dialogue, 2010--2013}},",
        "  howpublished = {Dataset, interactive timeline view},",
        "  year = {2026},",
        `  url = {${VIEW}},`,
        "  note = {Version 44e2b4e29a0c. Accessed 2026-11-22. Selected event: Panetta hosts Liang Guanglie at the Pentagon, May 7--8, 2012 (evt-2012-abc)},",
        "}",
        "",
        "@article{art-afps,",
        "  title = {{U.S., China Must Work Together on Cyber, Panetta Says}},",
        "  journal = {American Forces Press Service},",
        "  year = {2012},",
        "  month = {May},",
        "}",
        "",
        "@article{art-zee,",
        "  title = {{Obama \\& Xi: 100\\% on\\_cyber?}},",
        "  journal = {Zee News},",
        "  year = {2013},",
        "  month = {June},",
        "  url = {https://zeenews.example/a_b?x=1&y=2},",
        "  note = {Accessed 2026-11-22},",
        "}",
        "",
        "@misc{art-gone,",
        "  title = {{Article art-gone}},",
        "  note = {Not found in the dataset's articles},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("names the author and publisher the deployment gives", () => {
    const bib = bibtexCitation(citationFacts(input({ credit: CREDIT })));
    expect(bib).toContain("  author = {{Jane Q. Roe}},\n");
    expect(bib).toContain("  howpublished = {Dataset, interactive timeline view, Example U.},\n");
  });

  it("cites another dataset's address and an unversioned dataset", () => {
    const bib = bibtexCitation(
      citationFacts(
        input({ document: {}, data: "https://data.example/my_set/", viewUrl: "https://x.org/" }),
      ),
    );
    expect(bib).toBe(
      [
        "@misc{dialogue-timeline-unversioned,",
        "  title = {{Dataset at https://data.example/my\\_set/}},",
        "  howpublished = {Dataset, interactive timeline view in Dialogue Timeline},",
        "  year = {2026},",
        "  url = {https://x.org/},",
        "  note = {Version unversioned. Accessed 2026-11-22},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("keeps keys unique when two sources share an article id", () => {
    const twice = makeEvent({
      sources: [
        { articleId: "art-afps", evidence },
        { articleId: "art-afps", evidence },
      ],
    });
    const keys = [
      ...bibtexCitation(citationFacts(input({ event: twice }))).matchAll(/^@\w+\{([^,]+),/gm),
    ];
    expect(keys.map((m) => m[1])).toEqual([
      "dialogue-timeline-44e2b4e29a0c",
      "art-afps",
      "art-afps-2",
    ]);
  });
});

describe("the author and publisher in Chicago style", () => {
  it("leads with the author and names the publisher before the access date", () => {
    const text = chicagoCitation(citationFacts(input({ credit: CREDIT })));
    expect(text.startsWith("Jane Q. Roe. Dialogue Timeline: ")).toBe(true);
    expect(text).toContain("Interactive timeline view. Example U. Accessed November 22, 2026.");
  });
});

describe("biblatexCitation", () => {
  it("writes a @dataset with version, date, urldate and publisher, and dated articles", () => {
    const bib = biblatexCitation(citationFacts(input({ event, viewUrl: VIEW, credit: CREDIT })));
    const [dataset, afpsEntry, zeeEntry] = bib.split("\n\n");
    expect(dataset).toBe(
      [
        `@dataset{dialogue-timeline-44e2b4e29a0c-${shortHash("?topics=cyber&event=evt-2012-abc")},`,
        "  author = {{Jane Q. Roe}},",
        "  title = {{Dialogue Timeline: US--China Cyber and Military-to-Military Dialogue, 2010--2013}},",
        "  howpublished = {Dataset, interactive timeline view},",
        "  publisher = {Example U.},",
        "  version = {44e2b4e29a0c},",
        "  date = {2026},",
        `  url = {${VIEW}},`,
        "  urldate = {2026-11-22},",
        "  note = {Selected event: Panetta hosts Liang Guanglie at the Pentagon, May 7--8, 2012 (evt-2012-abc)},",
        "}",
      ].join("\n"),
    );
    expect(afpsEntry).toContain("  date = {2012-05-07},");
    expect(afpsEntry).not.toContain("url");
    expect(zeeEntry).toContain("  journaltitle = {Zee News},");
    expect(zeeEntry).toContain("  url = {https://zeenews.example/a_b?x=1&y=2},");
    expect(zeeEntry).toContain("  urldate = {2026-11-22},");
  });
});

describe("risCitation", () => {
  it("writes a DATA record and a NEWS record per source, with CRLF line ends", () => {
    const ris = risCitation(citationFacts(input({ event, viewUrl: VIEW, credit: CREDIT })));
    const records = ris.trimEnd().split("\r\n\r\n");
    expect(records).toHaveLength(4);
    expect(records[0]?.split("\r\n")).toEqual([
      "TY  - DATA",
      `ID  - dialogue-timeline-44e2b4e29a0c-${shortHash("?topics=cyber&event=evt-2012-abc")}`,
      "AU  - Jane Q. Roe",
      "TI  - Dialogue Timeline: US\u2013China Cyber and Military-to-Military Dialogue, 2010\u20132013",
      "PB  - Example U.",
      "ET  - 44e2b4e29a0c",
      "PY  - 2026",
      `UR  - ${VIEW}`,
      "Y2  - 2026/11/22/",
      "M3  - Dataset, interactive timeline view",
      "N1  - Selected event: Panetta hosts Liang Guanglie at the Pentagon, May 7\u20138, 2012 (evt-2012-abc)",
      "ER  -",
    ]);
    expect(records[2]?.split("\r\n")).toEqual([
      "TY  - NEWS",
      "ID  - art-zee",
      "TI  - Obama & Xi: 100% on_cyber?",
      "T2  - Zee News",
      "PY  - 2013",
      "DA  - 2013/06//",
      "UR  - https://zeenews.example/a_b?x=1&y=2",
      "Y2  - 2026/11/22/",
      "ER  -",
    ]);
    expect(ris.replaceAll("\r\n", "")).not.toContain("\n");
  });
});

describe("cslJsonCitation", () => {
  it("is a CSL-JSON array: a dataset item, then newspaper articles with their URLs", () => {
    const items = JSON.parse(
      cslJsonCitation(citationFacts(input({ event, viewUrl: VIEW, credit: CREDIT }))),
    ) as Record<string, unknown>[];
    expect(items[0]).toEqual({
      id: `dialogue-timeline-44e2b4e29a0c-${shortHash("?topics=cyber&event=evt-2012-abc")}`,
      type: "dataset",
      title:
        "Dialogue Timeline: US\u2013China Cyber and Military-to-Military Dialogue, 2010\u20132013",
      author: [{ literal: "Jane Q. Roe" }],
      publisher: "Example U.",
      version: "44e2b4e29a0c",
      medium: "Dataset, interactive timeline view",
      issued: { "date-parts": [[2026]] },
      URL: VIEW,
      accessed: { "date-parts": [[2026, 11, 22]] },
      note: "Selected event: Panetta hosts Liang Guanglie at the Pentagon, May 7\u20138, 2012 (evt-2012-abc)",
    });
    expect(items[1]).toEqual({
      id: "art-afps",
      type: "article-newspaper",
      title: "U.S., China Must Work Together on Cyber, Panetta Says",
      "container-title": "American Forces Press Service",
      issued: { "date-parts": [[2012, 5, 7]] },
    });
    expect(items[2]).toMatchObject({
      URL: "https://zeenews.example/a_b?x=1&y=2",
      issued: { "date-parts": [[2013, 6]] },
      accessed: { "date-parts": [[2026, 11, 22]] },
    });
    expect(items[3]).toMatchObject({ id: "art-gone", type: "document" });
  });
});
