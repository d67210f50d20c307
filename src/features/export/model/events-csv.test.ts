import { describe, expect, it } from "vitest";
import type { Article } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { EVENT_CSV_COLUMNS, eventCsvRow, eventsCsv } from "./events-csv.ts";

const article: Article = {
  id: "art-1",
  file: "a.txt",
  title: "Obama and Xi meet",
  outlet: "Example Post",
  byline: "",
  published: { value: "2013-06-09", precision: "day" },
  url: "https://post.example/1",
  sha256: "a".repeat(64),
  text: "They met; they talked. It was long.",
};
const articleById = new Map([[article.id, article]]);

const event = makeEvent({
  id: "evt-2013-sunny",
  title: "Obama and Xi meet at Sunnylands",
  summary: 'The "shirt-sleeves" summit',
  date: { value: "2013-06-07", precision: "day", end: "2013-06-08", text: "Friday" },
  actors: [
    { name: "Barack Obama", country: "USA", role: "President" },
    { name: "Xi Jinping", country: "CHN" },
    { name: "Aides" },
  ],
  location: { name: "Rancho Mirage, Calif.", country: "USA" },
  topics: ["diplomacy", "cyber"],
  quotes: [
    { speaker: "Barack Obama", text: "We talked.", articleId: "art-1", start: 0, end: 0 },
    { speaker: "Xi Jinping", text: "Yes; a lot.", articleId: "art-1", start: 0, end: 0 },
  ],
  sources: [
    {
      articleId: "art-1",
      evidence: [
        { text: "They met; they talked.", start: 0, end: 22 },
        { text: "It was long.", start: 23, end: 35 },
      ],
    },
    { articleId: "art-unknown", evidence: [{ text: "Elsewhere.", start: 0, end: 10 }] },
  ],
  confidence: 0.85,
});

describe("eventCsvRow", () => {
  it("flattens every field into its column", () => {
    const row = eventCsvRow(event, articleById);
    expect(Object.fromEntries(EVENT_CSV_COLUMNS.map((c, i) => [c, row[i]]))).toEqual({
      id: "evt-2013-sunny",
      date: "2013-06-07",
      date_end: "2013-06-08",
      precision: "day",
      date_text: "Friday",
      date_basis: "explicit",
      status: "occurred",
      title: "Obama and Xi meet at Sunnylands",
      summary: 'The "shirt-sleeves" summit',
      type_cameo: "040",
      type_label: "Consult",
      actors: "Barack Obama (USA, President); Xi Jinping (CHN); Aides",
      location: "Rancho Mirage, Calif. (USA)",
      topics: "diplomacy; cyber",
      quotes: "Barack Obama: \u201CWe talked.\u201D | Xi Jinping: \u201CYes; a lot.\u201D",
      sources: "Example Post: Obama and Xi meet (2013-06-09) https://post.example/1 | art-unknown",
      source_count: 2,
      outlet_count: 1,
      outlets: "Example Post",
      evidence: "They met; they talked. | It was long. | Elsewhere.",
      confidence: 0.85,
      corrected: undefined,
      corrections: undefined,
    });
  });

  it("flags corrected fields with the reason, author, extracted value and entry", () => {
    const corrected = makeEvent({
      corrections: [
        {
          field: "date",
          extracted: { value: "2013", precision: "year", text: "2013", basis: "explicit" },
          reason: "The article's own date.",
          author: "A. R.",
          entry: "corrections/fixes.json:3",
        },
        { field: "title", extracted: "Old", reason: "Clearer.", entry: "corrections/fixes.json:9" },
      ],
    });
    const row = eventCsvRow(corrected, articleById);
    expect(row[EVENT_CSV_COLUMNS.indexOf("corrected")]).toBe("date; title");
    expect(row[EVENT_CSV_COLUMNS.indexOf("corrections")]).toBe(
      'date: The article\'s own date. (A. R.) [extracted {"value":"2013","precision":"year","text":"2013","basis":"explicit"}] corrections/fixes.json:3 | title: Clearer. [extracted "Old"] corrections/fixes.json:9',
    );
  });

  it("leaves absent values empty", () => {
    const bare = makeEvent({ id: "evt-bare", actors: [], quotes: [], topics: [] });
    const row = eventCsvRow(bare, new Map());
    expect(row[EVENT_CSV_COLUMNS.indexOf("date_end")]).toBeUndefined();
    expect(row[EVENT_CSV_COLUMNS.indexOf("location")]).toBeUndefined();
    expect(row[EVENT_CSV_COLUMNS.indexOf("actors")]).toBe("");
  });
});

describe("eventsCsv", () => {
  it("writes a header and one quoted, CRLF-terminated row per event", () => {
    const simple = makeEvent({
      id: "evt-a",
      title: "=cmd",
      summary: "one, two",
      date: { value: "2011", precision: "year", text: "2011" },
      sources: [{ articleId: "art-1", evidence: [{ text: "S.", start: 0, end: 2 }] }],
      confidence: 1,
    });
    expect(eventsCsv([simple], articleById)).toBe(
      "\uFEFF" +
        "id,date,date_end,precision,date_text,date_basis,status,title,summary,type_cameo,type_label," +
        "actors,location,topics,quotes,sources,source_count,outlet_count,outlets,evidence," +
        "confidence,corrected,corrections\r\n" +
        'evt-a,2011,,year,2011,explicit,occurred,\'=cmd,"one, two",040,Consult,,,cyber,,' +
        "Example Post: Obama and Xi meet (2013-06-09) https://post.example/1,1,1,Example Post," +
        "S.,1,,\r\n",
    );
  });

  it("writes only the header for no events", () => {
    expect(eventsCsv([], articleById).split("\r\n")).toHaveLength(2);
  });
});
