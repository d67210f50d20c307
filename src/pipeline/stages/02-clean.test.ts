import { describe, expect, it } from "vitest";
import { readDateline } from "../clean/dateline.ts";
import { mastheadName, namedOutlet } from "../clean/metadata.ts";
import { isBodyFurniture, isCreditLine, isFooterStart } from "../clean/lines.ts";
import { runOn, story, tempCorpus } from "../testing/corpus.ts";
import { main } from "../cli.ts";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("readDateline", () => {
  it.each([
    ["WASHINGTON, May 7, 2012 – Because the two", "WASHINGTON", "2012-05-07", undefined],
    [
      "Washington D.C. – (AFPS) – June 8, 2013 – President",
      "Washington D.C.",
      "2013-06-08",
      "AFPS",
    ],
    [
      "BEIJING, Sept. 19, 2012 (Xinhua) -- Chinese Vice President",
      "BEIJING",
      "2012-09-19",
      "Xinhua",
    ],
    [
      "SINGAPORE, June 2, 2012 — Defense Secretary Leon E. Panetta",
      "SINGAPORE",
      "2012-06-02",
      undefined,
    ],
    [
      "HONOLULU, Hawaii, Jan. 14, 2013 – The commander",
      "HONOLULU, Hawaii",
      "2013-01-14",
      undefined,
    ],
    // A press release's newswire credited between slashes.
    [
      "AUSTIN, Texas, April 9, 2012 /Lone Star Wire/ -- Acme Networks said",
      "AUSTIN, Texas",
      "2012-04-09",
      "Lone Star Wire",
    ],
  ])("%s", (line, place, date, agency) => {
    const d = readDateline(line);
    expect(d?.place).toBe(place);
    expect(d?.date).toBe(date);
    expect(d?.agency).toBe(agency);
  });

  it("reads no dateline where a slash joins the words of a sentence after a date", () => {
    expect(readDateline("Austin, April 9, 2012 and/or later, the firm said")).toBeUndefined();
  });

  it.each<[string, string | undefined]>([
    ["BEIJING--The two sides wrapped up their talks on Tuesday.", "BEIJING"],
    ["TOKYO—Japan's envoy met his counterpart.", "TOKYO"],
    // Negative: an abbreviation before a long dash opens the story's own words.
    ["U.S.—China ties warmed after the visit.", undefined],
  ])("reads a place in capitals set close against a double or long dash: %s", (line, place) => {
    expect(readDateline(line)?.place).toBe(place);
  });

  it("reads a wire's dateline on a line of its own, its name without parentheses", () => {
    expect(readDateline("BEIJING, Sept. 18 Kyodo")).toMatchObject({
      place: "BEIJING",
      monthDay: { month: 9, day: 18 },
      agency: "Kyodo",
    });
    // A date and a word that is no wire's name is no dateline of that kind.
    expect(readDateline("BEIJING, Sept. 18 Tuesday")).toBeUndefined();
  });

  it("reads such a dateline before a dash and the story, as a digest quotes the wire", () => {
    expect(readDateline("SEOUL, May 3 Kyodo - The two ministers met on Monday.")).toMatchObject({
      place: "SEOUL",
      monthDay: { month: 5, day: 3 },
      agency: "Kyodo",
      length: "SEOUL, May 3 Kyodo - ".length,
    });
    // A wire's name that runs into a word is no credit.
    expect(readDateline("SEOUL, May 3 Kyodo-based firms said they would invest.")).toBeUndefined();
  });

  it.each<[string, { place: string; monthDay: { month: number; day: number } } | undefined]>([
    [
      "DENVER, Mar. 4 -- Officials of the two ministries met on Tuesday.",
      { place: "DENVER", monthDay: { month: 3, day: 4 } },
    ],
    [
      "SAN DIEGO, Oct. 21 — The delegation toured a destroyer.",
      { place: "SAN DIEGO", monthDay: { month: 10, day: 21 } },
    ],
    // A range's dash has no space; a place not in capitals opens a sentence.
    ["DENVER, Mar. 4-5 talks were held at the base.", undefined],
    ["Denver, Mar. 4 -- Officials met on Tuesday.", undefined],
  ])("reads a place in capitals with a month and a day and no credit: %s", (line, expected) => {
    const d = readDateline(line);
    if (expected) expect(d).toMatchObject(expected);
    else expect(d?.monthDay).toBeUndefined();
  });

  it("reads a wire dateline without a year and a place-colon lead", () => {
    expect(
      readDateline("BEIJING, June 8 (Xinhua) -- Chinese President Xi Jinping said"),
    ).toMatchObject({
      place: "BEIJING",
      monthDay: { month: 6, day: 8 },
      agency: "Xinhua",
    });
    // A story filed from two places names both.
    expect(
      readDateline("BEIJING/WASHINGTON, July 9 (Reuters) - U.S. and Chinese officials met"),
    ).toMatchObject({ place: "BEIJING/WASHINGTON", monthDay: { month: 7, day: 9 } });
    expect(readDateline("BEIJING/WASHINGTON (Reuters) - Officials met")).toMatchObject({
      place: "BEIJING/WASHINGTON",
    });
    // A fraction or an "and/or" in a sentence's first words is no place.
    expect(readDateline("Half/half splits - and more - were proposed.")).toBeUndefined();
    const colon = readDateline(
      "Washington: US President Barack Obama and his Chinese counterpart Xi Jinping today agreed to work together.",
    );
    expect(colon).toMatchObject({ place: "Washington", length: 12 });
  });

  it.each([
    ["BEIJING (Global Wire) — China's Defense Ministry said", "BEIJING", "Global Wire"],
    [
      "HONG KONG (South China Morning Post) - Officials said",
      "HONG KONG",
      "South China Morning Post",
    ],
  ])("reads any outlet's credit after a place in capitals: %s", (line, place, agency) => {
    expect(readDateline(line)).toMatchObject({ place, agency });
  });

  it("reads a place in capitals before a dash", () => {
    expect(readDateline("WASHINGTON — Senior U.S. and Chinese officials")).toMatchObject({
      place: "WASHINGTON",
      length: 13,
    });
  });

  it.each([
    "Hagel (right) — flanked by aides — spoke first.",
    "China (PRC) - the country said",
    "US — China relations are tense.",
  ])("a name with an aside is no dateline: %s", (line) => {
    expect(readDateline(line)).toBeUndefined();
  });
});

describe("furniture lines", () => {
  it.each([
    ["Related Articles:", "footer"],
    ["Related Sites:", "footer"],
    ["Related readings:", "footer"],
    ["Related Releases", "footer"],
    ["Related Press Releases:", "footer"],
    ["Related Transcripts", "footer"],
    ["Related Insights", "footer"],
    ["Related Publications:", "footer"],
    ["5 thoughts on “Navies talk”", "footer"],
    ["One thought on “Navies talk”", "footer"],
    ["Categories: China, Cyber, Defense | Tags: PLA", "footer"],
    ["Share this: Twitter Facebook Email", "footer"],
    ["[Related]", "footer"],
    ["[ Related Stories ]", "footer"],
    ["【Related News】", "footer"],
    [
      "Related: Secretary's Travel to Seoul and Tokyo, April 10-15, 2013 | Joint Statement",
      "furniture",
    ],
    ["See also: Talks resume in Beijing", "furniture"],
    [
      "Similar Threads: Y-20 first flight video (12) | Tanker programme news | Airshow photos",
      "furniture",
    ],
    ["Derniers articles", "footer"],
    ["First Published: Saturday, June 8, 2013 - 22:10", "footer"],
    ["More from zeenews", "footer"],
    ["More on this story", "footer"],
    ["More about the topic", "footer"],
    ["A version of this article appeared in print on March 3, 2012, on page A6.", "footer"],
    ["A version of this column appears in print on March 3, 2012, on page A6.", "footer"],
    ["A version of this letter appeared in the print edition of March 3, 2012.", "footer"],
    ["comments powered by Disqus", "footer"],
    ["Hot Links", "footer"],
    ["Quick links:", "footer"],
    ["Hot Video", "footer"],
    ["SEE ALSO", "footer"],
    ["Further reading:", "footer"],
    ["Similar Threads", "footer"],
    ["Related questions", "footer"],
    ["Also Read", "footer"],
    ["Notes", "footer"],
    ["Endnotes:", "footer"],
    ["Official White House Photo by Pete Souza", "credit"],
    ["(Click photo for screen-resolution image);high-resolution image available.", "credit"],
    // A credit after a few words that are no caption's sentence is still a credit.
    ["At the Pentagon. DOD photo by Navy Petty Officer 1st Class Chad J. McNeeley", "credit"],
    ["* Share This Article", "furniture"],
    // An outlet's note on what it corrected.
    ["Correction: An earlier version of this story gave the wrong day of the talks.", "furniture"],
    ["Clarification: The meeting took place on Saturday, not Friday.", "furniture"],
    ["Correction appended", "furniture"],
    ["Editor's Note: This story has been corrected to fix a name.", "furniture"],
    ["EDITOR'S NOTE: This version corrects a misspelled name.", "furniture"],
    ["A previous version of this article misstated the admiral's title.", "furniture"],
    ["Éditoriaux Défense Sécurité Terrorisme Zones de conflits Logistique", "furniture"],
    [
      "Opération Chammal : 10 000 heures de vol en opération pour les Mirage 2000 basés en Jordanie",
      "furniture",
    ],
    ["Leon E. Panetta", "furniture"],
    // A site's archive notice above an archived page.
    ["This is an archive of statements released online from 2005 to 2009.", "furniture"],
    ["Content in this archive is not updated, and links may be out of date.", "furniture"],
    ["Note: This is an archive of releases issued between 2009 and 2013.", "furniture"],
    [
      "You are viewing an archived web page, collected by a library on Oct 19, 2010. It may be out of date.",
      "furniture",
    ],
    ["You are viewing a cached copy of the page as it appeared on 3 May 2012.", "furniture"],
    // A search engine's cached copy: its notice, its tip and its links to other views.
    [
      "This is Example's cache of http://example.com/talks.html, a snapshot of 4 Apr 2013.",
      "furniture",
    ],
    ["This is the html version of the file http://example.org/report.pdf.", "furniture"],
    ["It is a snapshot of the page as it appeared on 9 Jun 2014.", "furniture"],
    ["Example automatically generates html versions of documents it finds.", "furniture"],
    ["Tip: To find your search term, use the browser.", "furniture"],
    ["View source   Full version", "furniture"],
    [
      "You have reached archived content of the ministry; it is kept as it was and not updated.",
      "furniture",
    ],
    [
      "You have entered an archived site of the ministry; its pages are not maintained.",
      "furniture",
    ],
    ["This is historical material kept as it was; some links may not work.", "furniture"],
    [
      "Archive: This is archived material; its links and figures are no longer kept up to date.",
      "furniture",
    ],
    // A site's cookie consent banner.
    [
      "This website uses cookies so we can serve you better. Continuing means you accept them. [Accept]",
      "furniture",
    ],
    ["We and our partners use cookies; see our cookie policy to learn more | Dismiss", "furniture"],
    ["By continuing to read you consent to cookies being stored on your device. OK", "furniture"],
    // A gloss in Chinese beside a bilingual page's story, whatever English it quotes.
    ["Envoy：名词，使节。例句：The envoy will meet the minister on Monday.", "furniture"],
    // A mailing list's or a newsletter's own notices in a saved e-mail.
    ["Send harbour-l mailing list submissions to", "furniture"],
    ["To subscribe or unsubscribe via the World Wide Web, visit the list's page.", "furniture"],
    [
      "When replying, please edit your Subject line so it is more specific than the digest's.",
      "furniture",
    ],
    ["End of harbour-l Digest, Vol 2, Issue 9", "furniture"],
    ["View this email in your browser (http://example.org/a1)", "furniture"],
    [
      "You received this message because you are subscribed to the Example Groups list.",
      "furniture",
    ],
    ["You are receiving this email because you signed up for our daily briefing.", "furniture"],
    // A forum's controls under a thread.
    ["Display posts from previous: 7 days Sort by: Author Descending Go", "furniture"],
    ["Jump to: [Select a forum]", "furniture"],
    // A note that only cites a source, with its title and day.
    ["⁴ Harbour Post, 'Navies end drill off the coast', 4 March 2012.", "furniture"],
    // A credit that names the outlet and the writer's role, and no writer.
    ["Harbour Post Correspondent", "credit"],
    ["Courier Staff Writer", "credit"],
  ])("%s → %s", (line, kind) => {
    if (kind === "footer") expect(isFooterStart(line)).toBe(true);
    else if (kind === "credit") expect(isCreditLine(line)).toBe(true);
    else expect(isBodyFurniture(line)).toBe(true);
  });

  it.each([
    "Insights related to the case",
    "Publications related to the talks went out",
    "Similar threads of argument ran through both speeches",
  ])("a line that only names related work is no list's heading: %s", (line) => {
    expect(isFooterStart(line)).toBe(false);
  });

  it("a headline that ends with a writer's role is no credit", () => {
    expect(isCreditLine("Lessons From a Foreign Correspondent")).toBe(false);
  });

  it.each([
    "Defense Secretary Leon E. Panetta conducts a news conference, May 7, 2012. DOD photo by Navy Petty Officer 1st Class Chad J. McNeeley",
    "The two ministers review an honor guard in the capital, Sept. 18, 2012. Photo by Jane Roe",
  ])("a caption that ends with its credit is the caption, kept: %s", (line) => {
    expect(isCreditLine(line)).toBe(false);
    expect(isBodyFurniture(line)).toBe(false);
  });

  it.each([
    "Obama and Xi are in California to discuss a range of issues during two-days of informal talks.",
    "“Yes, we did talk about the cyber security issue … during the meeting,” he said.",
    "Related talks on maritime safety were held in Qingdao on Monday.",
    "[Related talks on maritime safety were held in Qingdao on Monday.]",
    "More on this story came from officials in Beijing on Monday.",
    "A version of the plan appeared in a report on Monday.",
    "A version of this agreement appears in print in both languages, the ministry said Monday.",
    "Hot links between the two navies were set up in May.",
    "See also the joint statement the two ministers released on Monday.",
    "Also read out at the talks on Monday was a letter from the minister.",
    "Notes of the meeting were released on Monday.",
    "Corrections officers from both countries met in Beijing on Monday.",
    "Editor's note: the talks are the first since the ministers met in May.",
    "Editor's note: this version of the plan was agreed by both navies on Monday.",
    "An earlier version of the agreement was signed by both navies on Monday.",
    "Five thoughts on the talks came from the minister on Monday.",
    "This is the version of events the ministry gave on Monday, officials said.",
    "It is a snapshot of the relationship as it stood on Monday, the envoy said.",
    "Categories of weapons were discussed at the talks on Monday.",
    "This is an archive photo of the two ministers at their first meeting in the capital.",
    "Readers viewing an archived page on Monday saw the old date of the talks.",
    "You have reached a deal on the archived talks, the admiral told his host on Monday.",
    "You are viewing the ministers' talks of Monday in a new light, the admiral said.",
    "Note: this is historical ground for both navies, the admiral said on Monday.",
    "Archive: this is archival footage of the first meeting, the ministry said on Monday.",
    "The report said the intruders left tracking cookies on the ministry's computers in May.",
    "Officials agreed on Monday to study how stolen cookies were used in the attacks.",
    "To subscribe to the ministry's briefing, officials must now send a fax each Monday.",
    "The envoy used the phrase 和平发展 (peaceful development) in his speech on Monday.",
    "Officials who view this email in a browser on Monday will see the full report.",
    "Sort by the ministers' own account, the talks went well on Monday.",
  ])("keeps body text: %s", (line) => {
    expect(isBodyFurniture(line)).toBe(false);
    expect(isFooterStart(line)).toBe(false);
    expect(isCreditLine(line)).toBe(false);
  });
});

describe("clean stage", () => {
  const page = [
    "Home News Defense Cyber Photos Videos",
    "",
    "U.S., China Must Work Together on Cyber, Panetta Says",
    "",
    "By Cheryl Pellerin",
    "American Forces Press Service",
    "",
    "WASHINGTON, May 7, 2012 – Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.",
    "",
    "Click photo for screen-resolution image",
    "Defense Secretary Leon E. Panetta hosts Liang Guanglie at the Pentagon, May 7, 2012.",
    "DOD photo by Glenn Fawcett",
    "",
    "The two leaders discussed cyber security and maritime issues during the meeting.",
    "",
    "Le ministre chinois de la Défense est à Washington pour une visite de quatre jours.",
    "",
    "Related Articles:",
    "Panetta: U.S.-China Relationship One of World’s Most Critical",
  ].join("\n");

  it("reads metadata and keeps only the body", async () => {
    const state = await runOn({ "page.txt": page });
    const a = state.output?.articles.articles[0];
    expect(a).toMatchObject({
      file: "page.txt",
      title: "U.S., China Must Work Together on Cyber, Panetta Says",
      outlet: "American Forces Press Service",
      byline: "By Cheryl Pellerin",
      published: { value: "2012-05-07", precision: "day" },
      dateline: "WASHINGTON",
    });
    expect(a?.text).toBe(
      "WASHINGTON, May 7, 2012 – Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.\n\n" +
        "The two leaders discussed cyber security and maritime issues during the meeting.",
    );
  });

  it("keeps the story below a table's own source note, and ends it at the page's", async () => {
    const state = await runOn({
      "brief.txt": story(
        "Port calls",
        "WASHINGTON, May 7, 2012",
        "The navy counts its port calls each year.",
        "Year | Ships | Port\n2011 | 4 | Qingdao\nSource: the navy's yearbook.",
        "The fleet's commander told reporters on Monday the navies plan another round in the spring.",
        "Source: Harbour Post",
        "Readers wrote to us about the port calls at length, and some of them asked for more figures.",
      ),
    });
    const text = state.output?.articles.articles[0]?.text ?? "";
    expect(text).toContain("the navies plan another round");
    expect(text).not.toContain("Readers wrote");
  });

  it("reads a PDF's typeset ligatures as their letters, so its words are found", async () => {
    const state = await runOn({
      "pdf.txt": story(
        "Talks resume",
        "WASHINGTON, May 7, 2012",
        "The ministry notiﬁed the ofﬁce of the ﬂeet's visit today.",
      ),
    });
    const text = state.output?.articles.articles[0]?.text ?? "";
    expect(text).toContain("notified the office of the fleet's visit");
    expect(text).not.toMatch(/[\ufb00-\ufb06]/);
  });

  it("dates a wire dateline without a year by the last such day before the page was printed", async () => {
    const state = await runOn({
      "page.txt": [
        "WIRE NEWS | English",
        "Printed: 2013/01/07 11:42 JST",
        "",
        "Ministers agree to build military ties",
        "",
        "BEIJING, Sept. 18 Kyodo",
        "",
        "The two defense ministers agreed Tuesday to keep building ties between their militaries in talks in Beijing.",
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.published).toEqual({
      value: "2012-09-18",
      precision: "day",
    });
  });

  it("takes the date from a labelled stamp and the outlet from the site name", async () => {
    const state = await runOn({
      "z.txt": [
        "Obama, Xi seek resolving of cyber security issues",
        "",
        "Last Updated: Saturday, June 8, 2013 - 22:10",
        "",
        "Washington: US President Barack Obama and his Chinese counterpart Xi Jinping today agreed to work together on cyber security.",
        "",
        "More from zeenews",
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]).toMatchObject({
      title: "Obama, Xi seek resolving of cyber security issues",
      outlet: "Zee News",
      published: { value: "2013-06-08" },
      dateline: "Washington",
    });
  });
});

describe("a standfirst above the byline", () => {
  const STANDFIRST =
    "After three years of stop-and-start diplomacy, the officers of the two militaries are finally talking. Whether they trust one another is another matter.";
  const STORY = "The defense ministers met in Beijing on Tuesday to discuss maritime safety.";

  it("is not the body: the byline below it opens the story and dates it", async () => {
    const state = await runOn({
      "s.txt": [
        "The Long Thaw",
        STANDFIRST,
        "By Jane Doe | November 12, 2013 | Winter issue",
        "",
        STORY,
      ].join("\n"),
    });
    const a = state.output?.articles.articles[0];
    expect(a?.text).toBe(STORY);
    expect(a?.published).toMatchObject({ value: "2013-11-12", precision: "day" });
  });

  it("a headline that reads like a sentence, with the page's date below it, is not the body", async () => {
    const state = await runOn({
      "e.txt": [
        "Event Recap: After the report, is there room for a deal between the two sides on cyber?",
        "October 18, 2012",
        "",
        "On Tuesday the program hosted a panel on cyber espionage between the two countries.",
      ].join("\n"),
    });
    const a = state.output?.articles.articles[0];
    expect(a?.published).toMatchObject({ value: "2012-10-18", precision: "day" });
    expect(a?.text.startsWith("On Tuesday")).toBe(true);
  });

  it("a paragraph longer than a standfirst, with the next item's date below it, is the body", async () => {
    const paragraph = (day: string) =>
      `The two delegations met in Beijing on ${day} to discuss maritime safety, search and rescue at sea, counter-piracy patrols off Somalia, disaster relief in the region and the ways their navies might train together in the coming years. Both sides said the talks had gone well and would continue, and neither named a date for the next round.`;
    const state = await runOn({
      "p.txt": [
        "Press Releases",
        "",
        "July 13, 2011",
        paragraph("Tuesday"),
        "",
        "July 11, 2011",
        paragraph("Monday"),
      ].join("\n"),
    });
    const a = state.output?.articles.articles[0];
    expect(a?.text.startsWith(paragraph("Tuesday"))).toBe(true);
    expect(a?.text).toContain(paragraph("Monday"));
  });

  it("a short paragraph under a date line of its own, with the next item's date below, is the body", async () => {
    const item = (day: string) =>
      `The two delegations met in Beijing on ${day} to discuss maritime safety, the ministry said.`;
    const state = await runOn({
      "q.txt": [
        "Press Releases",
        "",
        "July 13, 2011",
        item("Tuesday"),
        "",
        "July 11, 2011",
        item("Monday"),
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.text.startsWith(item("Tuesday"))).toBe(true);
  });

  it("a list of news items, each over its source's stamp, is the body from its first item", async () => {
    const item = (day: string) =>
      `The two navies agreed on ${day} to resume port calls, the ministry said.`;
    const state = await runOn({
      "n.txt": [
        "Company News",
        "",
        "Navies agree on drill",
        item("May 7, 2012"),
        "Harbour Wire - May 7, 2012, 9:15 AM ET",
        "",
        "Talks set for June",
        item("May 3, 2012"),
        "Harbour Wire - May 3, 2012, 8:05 AM ET",
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.text.startsWith(item("May 7, 2012"))).toBe(true);
  });

  it("a standfirst over a byline, with a single story under it, is still no body", async () => {
    const state = await runOn({
      "m.txt": ["The Long Thaw", STANDFIRST, "Harbour Wire - November 12, 2013", "", STORY].join(
        "\n",
      ),
    });
    expect(state.output?.articles.articles[0]?.text).toBe(STORY);
  });

  it("a saved thread's posts, each under its author's stamp, are the body, each dated by its heading", async () => {
    const post = (n: number, text: string) => [
      `Jane Roe @roe_watch · ${n + 10} Dec 2012`,
      `${n}/ ${text}`,
      "",
    ];
    const state = await runOn({
      "t.txt": [
        "Saved thread",
        "",
        ...post(
          2,
          "March 2, 2011: the ministers hold talks in Hanoi on maritime safety and on search and rescue.",
        ),
        ...post(
          3,
          "Early June 2011: the admiral tours two bases in Shandong; the navy announces a port call on June 20.",
        ),
      ].join("\n"),
    });
    const a = state.output?.articles.articles[0];
    expect(a?.text.startsWith("2/ March 2, 2011")).toBe(true);
    const dates = (state.output?.events.events ?? []).map((e) => e.date.value);
    expect(dates).toContain("2011-06-20");
    expect(dates).not.toContain("2012-06-20");
  });

  it("a forum thread's replies under its numbered first post are posts, not comments", async () => {
    const OPENING =
      "The navy confirmed today that a frigate had slowed to let a fishing fleet pass in the strait.";
    const REPLY =
      "The defense ministry answered this afternoon that its ship had followed protocol throughout.";
    const page = (first: string) =>
      [
        "Naval Forum > World Navies",
        "",
        first,
        "harbor_watch   Member   Join Date: Mar 2009",
        OPENING,
        "",
        "Both navies said the crews had spoken by radio and that nobody aboard either ship was hurt.",
        "",
        "Officials on both sides called for clearer rules for encounters at sea between their ships.",
        "",
        "#2   03-09-2012, 07:40 AM",
        "tide_reader   Member   Join Date: Nov 2011",
        REPLY,
      ].join("\n");
    const thread = await runOn({ "f.txt": page("#1   03-08-2012, 06:15 PM") });
    expect(thread.output?.articles.articles[0]?.text).toContain(REPLY);
    // A board that numbers its posts across threads: the page's first numbered post opens it,
    // its stamp labelled.
    const board = await runOn({
      "b.txt": page("#1918 Posted by harbor_watch on 03/08/2012 6:15 PM"),
    });
    expect(board.output?.articles.articles[0]?.text).toContain(REPLY);
    // Negative: under a story that is no numbered post, a numbered reply opens the comments.
    const story = await runOn({ "s.txt": page("March 8, 2012") });
    expect(story.output?.articles.articles[0]?.text).toContain(OPENING);
    expect(story.output?.articles.articles[0]?.text).not.toContain(REPLY);
  });

  it("a forum thread's short first post under the poster's card is the body", async () => {
    const page = [
      "Naval Forum > World Navies",
      "Thread: Frigate slows for fishing fleet",
      "",
      "#1   03-08-2012, 06:15 PM",
      "harbor_watch",
      "Moderator",
      "Joined: Jun 2010",
      "Location: Port City",
      "Posts: 1,204",
      "",
      "The navy said today that its frigate had slowed to let a fishing fleet pass. Photos below.",
      "",
      "#2   03-08-2012, 07:40 PM",
      "tide_reader",
      "Member",
      "Join Date: Nov 2011",
      "Posts: 88",
      "",
      "Which frigate was it? The ministry has said nothing about it so far this evening.",
    ].join("\n");
    const state = await runOn({ "f.txt": page });
    expect(state.output?.articles.articles[0]?.text).toContain("its frigate had slowed");
  });

  it("a first paragraph with no byline below it stays the body", async () => {
    const state = await runOn({
      "s.txt": ["The Long Thaw", "", "WASHINGTON, Nov. 12, 2013 – " + STORY, "", STANDFIRST].join(
        "\n",
      ),
    });
    expect(state.output?.articles.articles[0]?.text).toContain("finally talking");
  });
});

describe("a wire story quoted on a blog", () => {
  const WIRE =
    "LONDON, May 6 (Reuters) - The two navies held a joint drill on Friday, officials said.";

  it("is not the page's story when the writer's words introduce it with a colon", async () => {
    const state = await runOn({
      "b.txt": [
        "Sea Lanes Blog",
        "Wednesday, May 8, 2013",
        "",
        "The drill got less attention than it deserved this week, and the best account of it came from the wires, so here it is:",
        "",
        WIRE,
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.published).toMatchObject({ value: "2013-05-08" });
  });

  it.each([
    ["Quote:", "2013-05-08"],
    ["Originally Posted by sea_lanes", "2013-05-08"],
    // Negative: a heading of the page's own, no quote box.
    ["Drill report", "2013-05-06"],
  ])("under a forum's quote box label %j: the page's day is %s", async (label, day) => {
    const state = await runOn({
      "f.txt": ["Sea Lanes Forum", "#12   05-08-2013, 09:17 AM", "", label, "", WIRE].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.published).toMatchObject({ value: day });
  });

  it("a dateline under prose that does not end on a colon still opens the story", async () => {
    const state = await runOn({
      "w.txt": [
        "Wire Daily",
        "Wednesday, May 8, 2013",
        "",
        "Navies of the two countries trained together off the coast this week for the first time.",
        "",
        WIRE,
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.published).toMatchObject({ value: "2013-05-06" });
  });

  // The writer's own story, longer than a standfirst, then a wire's story the page goes on to quote.
  const OWN_STORY = [
    "Naval officers of the two countries spent most of the week at sea together, trading visits between their ships and running drills on search and rescue that had been planned for months.",
    "",
    "The commanders met on board the flagship on Thursday and agreed to hold another round of exercises next spring, a step both sides called overdue after a tense year.",
  ];

  it.each([
    [
      "a page of its own story, then a wire's",
      [...OWN_STORY, "", WIRE],
      "Naval officers",
      "2013-05-08",
    ],
    ["one sentence above the wire's story", [OWN_STORY[0] ?? "", "", WIRE], "LONDON", "2013-05-06"],
  ])("%s: the body opens at the right line", async (_, story, opening, published) => {
    const state = await runOn({
      "w.txt": ["Wire Daily", "Wednesday, May 8, 2013", "", ...story].join("\n"),
    });
    const article = state.output?.articles.articles[0];
    expect(article?.text.startsWith(opening)).toBe(true);
    expect(article?.text).toContain("joint drill");
    expect(article?.published).toMatchObject({ value: published });
  });
});

describe("a site's notice above the page", () => {
  const page = (notice: string) =>
    [
      notice,
      "",
      "Press Releases",
      "Washington, DC",
      "June 4, 2012",
      "",
      "The two defense ministers met at the Pentagon on Monday and agreed to hold talks on maritime safety.",
    ].join("\n");

  it("is no place and lead, though it opens with a word and a colon", async () => {
    const state = await runOn({
      "n.txt": page(
        "Note: This is an archive of releases issued between 2009 and 2013. Its pages may not reflect current policy.",
      ),
    });
    const article = state.output?.articles.articles[0];
    expect(article?.published).toMatchObject({ value: "2012-06-04" });
    expect(article?.text).not.toContain("archive");
  });

  it("is no body when it asks the reader to accept cookies", async () => {
    const state = await runOn({
      "c.txt": page(
        "This site uses cookies to make it work better. By continuing you agree to their use. Find out more | Close",
      ),
    });
    const article = state.output?.articles.articles[0];
    expect(article?.published).toMatchObject({ value: "2012-06-04" });
    expect(article?.text).not.toContain("cookies");
  });

  it("a place and a colon before prose still open the story", async () => {
    const state = await runOn({
      "p.txt": page(
        "Beijing: The ministry said on Friday, June 1, 2012, that talks would go ahead.",
      ),
    });
    expect(state.output?.articles.articles[0]?.text).toContain("ministry said");
  });
});

describe("a labelled list of keywords under the author's note", () => {
  const page = (story: string) =>
    [
      "Journal of Example Studies, Number 9",
      "Published: March 4, 2013",
      "",
      "Jane Roe is a fellow of the Example Institute and has written widely on naval diplomacy.",
      "",
      "Keywords: China; United States; navies",
      "",
      story,
      "",
      "Tags: PLA, Navy",
      "Jane Roe also wrote a long study of port calls, published by the Example Institute in 2012.",
    ].join("\n");

  it("does not end the story above it", async () => {
    const state = await runOn({
      "k.txt": page(
        "The two navies held a search-and-rescue drill off Hawaii on February 12, the first of its kind in several years, and their commanders met aboard the flagship afterwards to plan another for the summer.",
      ),
    });
    const text = state.output?.articles.articles[0]?.text ?? "";
    expect(text).toContain("search-and-rescue drill");
    // Below the story it still ends the body.
    expect(text).not.toContain("long study");
  });

  it("ends the body under more prose than a note, whatever prose follows", async () => {
    const story =
      "The two navies held a search-and-rescue drill off Hawaii on February 12, the first of its kind in several years. Their commanders met aboard the flagship afterwards and agreed to hold another drill in the summer, and the admirals said the crews had worked well together despite the heavy seas and the short notice given to both fleets.";
    const promo =
      "Subscribers to the journal receive every issue in print and online, with the full archive of earlier numbers, the reviews section and the notes on contributors, and may order single issues for their libraries at a reduced price; the institute also offers a weekly newsletter with news of its events, fellowships and publications to anyone who asks for it.";
    const text = [
      "Published: March 4, 2013",
      "",
      story,
      "",
      "Keywords: China; United States; navies",
      "",
      promo,
    ].join("\n");
    const state = await runOn({ "s.txt": text });
    const body = state.output?.articles.articles[0]?.text ?? "";
    expect(body).toContain("search-and-rescue drill");
    expect(body).not.toContain("Subscribers");
  });
});

describe("a label over a list of links", () => {
  const story =
    "The two navies held a search-and-rescue drill off Hawaii on February 12, the first of its kind in several years. Their commanders met aboard the flagship afterwards and agreed to hold another drill in the summer.";
  const item =
    "Officials from the two navies met in Honolulu on Tuesday to plan the next drill, and said the crews would train together again before the end of the year after the success of the first one.";

  it("ends the body below the story", async () => {
    const page = [
      "Published: March 4, 2013",
      "",
      story,
      "",
      "Biographies:",
      "Adm. Jane Roe",
      "Gen. Li Ming",
    ];
    const state = await runOn({ "l.txt": page.join("\n") });
    const body = state.output?.articles.articles[0]?.text ?? "";
    expect(body).toContain("search-and-rescue drill");
    expect(body).not.toContain("Jane Roe");
  });

  it("opens a digest's items when more prose follows it than stands above it", async () => {
    const page = [
      "Published: March 4, 2013",
      "",
      "Today's issue is short, with one story from the navies and a note on the drills their crews will hold this year.",
      "",
      "Today's items:",
      "",
      "NAVIES",
      "",
      "1. Navies plan another drill | Example.com",
      "Example Daily, March 3, 2013",
      item,
    ];
    const state = await runOn({ "d.txt": page.join("\n") });
    expect(state.output?.articles.articles[0]?.text ?? "").toContain("plan the next drill");
  });
});

describe("a paper's keywords under its abstract", () => {
  const ABSTRACT =
    "Naval contacts between the two powers grew after 2010. This paper follows the drills, port calls and consultations of the period, and argues that each side used them to signal resolve as much as goodwill, so that a rise in the number of contacts did not mean a rise in trust between the two navies or their political masters.";
  const TEXT =
    "The two navies held a search-and-rescue drill off Hawaii on February 12, 2013, the first of its kind in several years. Their commanders met aboard the flagship afterwards and agreed to hold another drill in the summer, and the admirals said the crews had worked well together despite the heavy seas and the short notice given to both fleets. A third drill followed in the autumn.";
  const paper = (heading: string) =>
    [
      "Journal of Example Studies, Volume 9",
      "Published online: 04 Mar 2013",
      "",
      heading,
      ABSTRACT,
      "",
      "Keywords: China; United States; navies",
      "",
      TEXT,
    ].join("\n");

  it("do not end the body: the paper's text below is read", async () => {
    const state = await runOn({ "a.txt": paper("Abstract") });
    expect(state.output?.articles.articles[0]?.text).toContain("search-and-rescue drill");
  });

  it("… but with no abstract heading, a list under that much prose ends it", async () => {
    const state = await runOn({ "a.txt": paper("Naval contacts") });
    expect(state.output?.articles.articles[0]?.text).not.toContain("search-and-rescue drill");
  });
});

describe("an interview's speaker below the introduction", () => {
  const INTRO =
    "The working group met for the first time on July 8 in Washington, two days before the dialogue opened there.";
  const ANSWER =
    "Voss: Not much on paper. The two delegations spent a day at the State Department and agreed to keep meeting.";

  it("is not a dateline: the introduction above it opens the body", async () => {
    const state = await runOn({
      "q.txt": [
        "First cyber talks",
        "July 16, 2013",
        "",
        INTRO,
        "",
        "Q: Was anything agreed?",
        "",
        ANSWER,
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.text.startsWith("The working group met")).toBe(true);
  });

  it("a place with a colon above all prose still is", async () => {
    const state = await runOn({
      "q.txt": ["First cyber talks", "July 16, 2013", "", `Washington: ${INTRO}`].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.dateline).toBe("Washington");
  });

  it("a place in capitals before a dash opens the story under a dated caption", async () => {
    const state = await runOn({
      "c.txt": [
        "Ministers pledge more drills",
        "",
        "An honor guard stands at attention as the secretary welcomes the minister to the Pentagon on Aug. 19, 2013.",
        "",
        "By Jane Roe",
        "Published: August 20, 2013",
        "",
        "WASHINGTON — The two defense ministers promised on Monday to keep their armies talking.",
      ].join("\n"),
    });
    const a = state.output?.articles.articles[0];
    expect(a?.dateline).toBe("WASHINGTON");
    expect(a?.text.startsWith("WASHINGTON — The two defense ministers")).toBe(true);
  });

  it("a speaker whose label opens another answer too is no place, above all prose or not", async () => {
    const state = await runOn({
      "q.txt": [
        "First cyber talks",
        "July 16, 2013",
        "",
        "Q: Was anything agreed?",
        "",
        ANSWER,
        "",
        "Q: When do they meet again?",
        "",
        "Voss: In the autumn, if the dialogue holds through the summer months ahead.",
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.dateline).toBeFalsy();
  });
});

describe("readers' comments below the body", () => {
  const page = (...tail: string[]) =>
    [
      "China and US resume military talks",
      "",
      "WASHINGTON, May 7, 2012 – Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.",
      "",
      ...tail,
    ].join("\n");
  const bodyOf = async (text: string) =>
    (await runOn({ "c.txt": text })).output?.articles.articles[0]?.text ?? "";

  it.each([
    [["2 comments:", "", "Anonymous said...", "Good to see them talking after last year."]],
    [["Anonymous said...", "Good to see them talking after last year."]],
    [["Leave a Reply", "", "Good to see them talking after last year."]],
    [
      [
        "Nice (Score:4)",
        "by jdoe (1234) on Tuesday May 8, 2012 @09:11AM (#400)",
        "Good to see them talking after last year.",
      ],
    ],
    [["#2 05-08-2012, 12:31 AM", "", "Good to see them talking after last year."]],
  ])("end the body (%#)", async (tail) => {
    expect(await bodyOf(page(...tail))).not.toContain("last year");
  });

  it("a byline under the story without a clock does not", async () => {
    const body = await bodyOf(
      page(
        "By the end of May, officials said, both sides agreed to meet on June 3.",
        "",
        "Both sides agreed last year to talk.",
      ),
    );
    expect(body).toContain("agreed last year");
  });

  it("a sentence introducing a quotation with a colon does not", async () => {
    const body = await bodyOf(
      page("Asked about the talks, the ministry said:", "", "Both sides agreed last year to talk."),
    );
    expect(body).toContain("agreed last year");
  });
});

describe("namedOutlet", () => {
  it.each<[string[], string | undefined, string]>([
    [["Some headline here"], "Global Wire", "Global Wire"],
    [
      ["Copyright 2013 The Washington Dispatch. All rights reserved."],
      undefined,
      "The Washington Dispatch",
    ],
    [["© 2012 Pacific Ledger All rights reserved"], undefined, "Pacific Ledger"],
    [
      ["U.S., China end annual dialogue - The Washington Dispatch"],
      undefined,
      "The Washington Dispatch",
    ],
    // A headline with a dash in it names no site; a short credit is an agency code, not a name.
    [["Hagel - the man and his mission"], undefined, ""],
    [["Nothing to see"], "AP", ""],
  ])("%j (%s) → %j", (lines, agency, want) => {
    expect(namedOutlet(lines, agency)).toBe(want);
  });
});

describe("mastheadName", () => {
  it.each<[string[], string]>([
    // A short first line over a row of the site's sections is the site's name.
    [
      ["The Pacific Ledger", "Home  World  Business  Opinion  Sport", "Talks resume"],
      "The Pacific Ledger",
    ],
    [["LEDGER.COM", "News | Politics | World | Asia", "Talks resume"], "LEDGER.COM"],
    // The section beside the name is not part of it.
    [["The Pacific Ledger | World", "News | Politics | World | Asia"], "The Pacific Ledger"],
    // A headline on the first line has its story below it, not a menu.
    [["Envoys resume talks", "By Jane Doe", "Home  World  Business  Opinion"], ""],
    // A date on the first line is a crawl stamp, not a name.
    [["Tuesday, June 2, 2020", "Home | World | Business | Opinion"], ""],
  ])("%j → %j", (lines, want) => {
    expect(mastheadName(lines)).toBe(want);
  });

  it("names the page's outlet before an outlet its story cites", async () => {
    const state = await runOn({
      "m.txt": [
        "The Pacific Ledger",
        "Home  World  Business  Opinion  Sport",
        "",
        "Hackers traced to a military unit",
        "",
        "By Jane Doe",
        "February 19, 2013",
        "",
        "A security firm on Monday tied a military unit to years of hacking, a finding The New York Times first reported in January.",
      ].join("\n"),
    });
    expect(state.output?.articles.articles[0]?.outlet).toBe("The Pacific Ledger");
  });
});

describe("an article with no publication date", () => {
  // No stamp, dateline or date line anywhere: one sentence dated in full, one only relatively.
  const undated = [
    "Navy Chiefs Hold Talks on Maritime Safety",
    "",
    "The chiefs of the two navies held talks in Qingdao on May 14, 2012, on maritime safety and rescue at sea.",
    "",
    "The two chiefs met again on Tuesday to sign a memorandum on communication between ships, officials said.",
  ].join("\n");

  it("keeps its explicitly dated events, drops its relative dates and warns naming the file", async () => {
    const state = await runOn({ "undated.txt": undated });
    expect(state.warnings).toEqual([
      {
        file: "undated.txt",
        message: expect.stringMatching(/^no recognisable publication date; kept with only/),
      },
    ]);
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => [e.date.value, e.date.basis])).toEqual([["2012-05-14", "explicit"]]);
    expect(state.output?.articles.articles[0]).toMatchObject({
      file: "undated.txt",
      published: { value: "2012", precision: "year" },
    });
  });

  it("is written with the others, and the warning reaches stderr", async () => {
    const good = story(
      "Panetta Meets Liang",
      "WASHINGTON, May 7, 2012",
      "Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.",
    );
    const out = mkdtempSync(join(tmpdir(), "dt-out-"));
    const log: string[] = [];
    const code = await main(
      ["--in", tempCorpus({ "good.txt": good, "undated.txt": undated }), "--out", out],
      (line) => log.push(line),
    );
    expect(code).toBe(0);
    expect(log.filter((l) => l.startsWith("warning:"))).toEqual([
      expect.stringMatching(/^warning: undated\.txt: no recognisable publication date/),
    ]);
    const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8")).articles;
    expect(articles.map((a: { file: string }) => a.file)).toEqual(["good.txt", "undated.txt"]);
  });

  it("is left out with a warning when it states no date in full either", async () => {
    const state = await runOn({
      "vague.txt":
        "A headline\n\nThe two militaries talked about cooperation on Tuesday and agreed to keep talking.",
    });
    expect(state.articles).toEqual([]);
    expect(state.warnings).toEqual([
      { file: "vague.txt", message: expect.stringMatching(/no recognisable publication date/) },
    ]);
  });
});

describe("a short lead after a dateline", () => {
  const page = (lead: string) =>
    [
      "Gates in China",
      "Published on Monday, Jan. 10, 2011",
      "",
      `BEIJING, Jan. 10, 2011 – ${lead}`,
      "",
      "The two ministers spoke for two hours about the military ties between their countries.",
    ].join("\n");

  it("keeps a one-sentence lead shorter than running prose as the body's start", async () => {
    const state = await runOn({ "a.txt": page("Gates met Liang in Beijing today.") });
    expect(state.articles[0]?.text).toContain("Gates met Liang in Beijing today.");
    expect(state.articles[0]?.datelineLength).toBeGreaterThan(0);
  });

  it("does not take a dateline line that is no sentence for the lead", async () => {
    const state = await runOn({ "a.txt": page("Staff and wire reports") });
    expect(state.articles[0]?.text).not.toContain("Staff and wire reports");
    expect(state.articles[0]?.text).toContain("The two ministers spoke");
  });
});

describe("the headline above the body", () => {
  const titleOf = async (...header: string[]) => {
    const state = await runOn({
      "page.txt": [
        "Navy News | Home | World",
        "",
        "Ships Visit Pearl Harbor",
        "",
        ...header,
        "",
        "HONOLULU, Sept. 6, 2013 – Three Chinese navy ships arrived at Pearl Harbor today.",
      ].join("\n"),
    });
    return state.output?.articles.articles[0]?.title;
  };

  it.each([
    // A row of page widgets, with counts and brackets.
    ["Recommend 1,106   Tweet   Email   Print"],
    ["[Font: Large Medium Small]"],
    ["A A A Email this story to a friend Print this story"],
    // Credits: a public affairs office, an editor, a staff credit, a photo caption's.
    ["From Navy Region Hawaii Public Affairs"],
    ["Editor: Zhang Tao"],
    ["Guardian staff and agencies"],
    ["The ships in port. [Photo/Xinhua]"],
    // Bylines: in lower case, in capitals with the date, or with the writers' role first.
    ["by Gregory P. Marsh"],
    ["BY MARK HADLEY | MAY 2, 2012 - 8:44 PM"],
    ["By Xinhua writers Wu Liming and Bai Jie (Xinhua)"],
    // A wire's advisory, summary points and a blog's clipping note.
    ["(ATTN: ADDS remarks in paras 5-7)"],
    ["* Chinese ships to train with U.S. cruiser"],
    ["clipped from www.example.com"],
    // A footer's label above the body.
    ["Filed under: China, Maritime Security | 2 Comments"],
  ])("is not a line of furniture: %s", async (line) => {
    expect(await titleOf(line)).toBe("Ships Visit Pearl Harbor");
  });

  it.each([
    // A headline of widget-like words and more is a headline.
    ["Share of Chinese Ships in Pacific Grows"],
    ["Editors Weigh Navy Visit"],
  ])("is a headline: %s", async (line) => {
    expect(await titleOf(line)).toBe(line);
  });
});

describe("an encyclopedia's section with reference marks", () => {
  it("keeps every paragraph whose sentences end on a mark, and drops the marks", async () => {
    const state = await runOn({
      "e.txt": [
        "Relations between the navies",
        "Last modified on 3 December 2013",
        "",
        "History[edit]",
        "",
        "The navies held their first joint drill in the Gulf of Aden in September 2012, after years of talks.[4] Both sides called it a start.[5]",
        "",
        "Contacts grew in the following year, when ships of each navy called at ports of the other and crews played football together on the pier.[6]",
      ].join("\n"),
    });
    const text = state.output?.articles.articles[0]?.text ?? "";
    expect(text.startsWith("The navies held their first joint drill")).toBe(true);
    expect(text).toContain("after years of talks. Both sides");
    expect(text).toContain("played football together on the pier.");
    expect(text).not.toMatch(/\[\d\]/);
  });
});

describe("the days a page's header labels as its date", () => {
  it("are kept for the transcript's session; a crawl stamp's is not", async () => {
    const state = await runOn({
      "h.txt": [
        "HEARING OF THE ARMED SERVICES COMMITTEE",
        "Posted: 05/04/2012",
        "Retrieved: 06/01/2014",
        "DATE: THURSDAY, MAY 3, 2012",
        "",
        "REP. JANE ROE: The committee will come to order, and we thank the witnesses for coming today.",
        "",
        "MR. JOHN DOE: Thank you, Madam Chair, for the chance to describe our work with the navy.",
      ].join("\n"),
    });
    expect(state.articles[0]?.headerDays).toEqual(["2012-05-04", "2012-05-03"]);
  });
});
