import { describe, expect, it } from "vitest";
import { runOn } from "../testing/corpus.ts";
import { joinBrokenProse, unwrapHardWrapped } from "./unwrap.ts";

/** Synthetic wire copy wrapped at about 60 characters, with no blank line between paragraphs. */
const WIRE = [
  "By A. Writer",
  "CAPITAL CITY, March 3 The visiting delegation of the two",
  "navies held a first round of talks on Tuesday, an official",
  "said, and agreed to meet again before the end of the year.",
  "The talks were described as frank. The",
  "sides will publish a joint statement on the outcome of the",
  "talks later in the week, according to the foreign ministry.",
];

describe("unwrapHardWrapped", () => {
  it("joins the lines of a hard-wrapped paragraph, keeping the line breaks", () => {
    expect(unwrapHardWrapped(WIRE)).toEqual([
      "By A. Writer",
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
    ]);
  });

  it("joins a line that ends like a sentence when the next goes on in lower case", () => {
    const lines = [
      ...WIRE.slice(1, 3),
      "officials of the second fleet met the U.S.",
      ...WIRE.slice(3),
    ];
    const joined = unwrapHardWrapped(lines);
    expect(joined[0]).toBe(lines.slice(0, 4).join("\n"));
  });

  it.each([
    [
      "Oct. 8, 2012: The Select Committee on Intelligence",
      "releases its report on two firms.",
      true,
    ],
    ["Oct. 8, 2012: The Daily Courier", "by Jane Roe, staff writer", false],
  ])("a dated entry's line goes on in lower case: %s / %s", (entry, next, joined) => {
    const lines = [...WIRE.slice(1), "", entry, next];
    expect(unwrapHardWrapped(lines).includes(`${entry}\n${next}`)).toBe(joined);
  });

  it("keeps a line above a wire's dated dateline apart from the story it opens", () => {
    const poster = "Senior Member   Join Date: Jan 2008   Posts: 3,884 in all";
    const story = [
      "CAPITAL CITY, March 3 (Reuters) - The visiting delegation of",
      ...WIRE.slice(1),
    ];
    expect(unwrapHardWrapped([poster, ...story])[0]).toBe(poster);
  });

  it.each(["Related Stories", "12 comments"])(
    "keeps a heading that ends the story (%s) apart from a tag line cut above it",
    (heading) => {
      const tail = ["navy talks security defense cooperation yro", heading, "Other news"];
      expect(unwrapHardWrapped([...WIRE.slice(1), "", ...tail]).slice(-3)).toEqual([
        tail[0],
        heading,
        "Other news",
      ]);
    },
  );

  it.each([
    "Related: Mayor promises the admiral a warm welcome - City Paper (Jan 14)",
    "Share this: the admiral's visit to the port city and the talks",
  ])("keeps a widget's line (%s) apart from a link's title above it", (widget) => {
    const tail = [
      "Slideshow: the admiral's visit to the port city",
      widget,
      "Copyright © 2011 City Paper. All rights reserved.",
    ];
    expect(unwrapHardWrapped([...WIRE.slice(1), "", ...tail]).slice(-3)).toEqual(tail);
  });

  it("keeps a menu, a headline, a date stamp and a byline above wrapped copy as lines of their own", () => {
    const header = [
      "Edition: Home | Markets | World | Politics",
      "Harbour talks open between two coast guards",
      "Tue Mar 6, 2012 4:10pm EST",
      "Updated: 2012-03-06 21:15",
      "By A. Writer in Capital City (The Courier)",
    ];
    expect(unwrapHardWrapped([...header, ...WIRE.slice(1)])).toEqual([
      ...header,
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
    ]);
  });

  it("keeps a line of stamps and credits between bars under a long headline as a line of its own", () => {
    const header = [
      "Harbour talks open between two coast guards as the envoys meet in the capital",
      "Posted Tue 3/6/2012 by site editor | Source: the ministry's press office",
    ];
    expect(unwrapHardWrapped([...header, ...WIRE.slice(1)])).toEqual([
      ...header,
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
    ]);
    // Negative: a line between bars that holds no stamp goes on with the headline above it.
    const plain = [header[0] ?? "", "posted | to stops in the port city before the talks"];
    const joined = unwrapHardWrapped([...plain, ...WIRE.slice(1)])[0] ?? "";
    expect(joined.startsWith(`${plain.join("\n")}\n`)).toBe(true);
  });

  it("measures the column without a menu wider than it saved above the story", () => {
    const menu =
      "Edition: Home | Business | Markets | World | Politics | Technology | Opinion | Video | Sports | Weather | More";
    expect(unwrapHardWrapped([menu, ...WIRE.slice(1)])).toEqual([
      menu,
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
    ]);
    // As wide a line with no bars is no menu: the lines are too short for its width to be cut.
    const wide =
      "Edition Home Business Markets World Politics Technology Opinion Video Sports Weather and More Of It All";
    expect(unwrapHardWrapped([wide, ...WIRE.slice(1)])).toEqual([wide, ...WIRE.slice(1)]);
  });

  it.each([
    ["Courier - Thu Nov 11, 8:04 am ET", true],
    ["Courier - Thu Nov 11, 2010 8:04 am ET", true],
    // Prose that names a weekday and a day goes on with the headline's column.
    ["talks on Thu Nov 11 at the harbour, officials", false],
  ])("a stamp line below a headline stands alone, even with no year: %s", (stamp, alone) => {
    const headline = "Navies of the two countries agree to a first round of";
    const lines = [headline, stamp, ...WIRE.slice(1)];
    const out = unwrapHardWrapped(lines);
    expect(out.includes(stamp)).toBe(alone);
  });

  it("keeps a wire's summary bullets above wrapped copy as lines of their own", () => {
    const bullets = [
      "* Two days of harbour talks end in the capital city",
      "* Coast guard exercise set for the spring in the south",
    ];
    expect(unwrapHardWrapped([...bullets, ...WIRE.slice(1)])).toEqual([
      ...bullets,
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
    ]);
  });

  it("joins a list item to the lower-case line its text goes on in, but not a new item", () => {
    const item = [
      "* Oct. 3 -- The two navies' chiefs of staff and their deputies for operations",
      "co-chaired the fourth round of harbour talks, with coast guard officers of both",
      "sides taking part.",
    ];
    const next = "* Oct. 4 -- Talks on search and rescue drills for the spring.";
    expect(unwrapHardWrapped([...item, "", next])).toEqual([item.join("\n"), "", next]);
  });

  // A chronology's entries, wrapped at about 60 characters, each going on in a capitalised line.
  const ENTRY = [
    "* MARCH 2012 - The fleet's commander, Admiral Jane Roe of the",
    "Northern Fleet, is hosted at the naval academy by its head.",
  ];
  const NEXT_ENTRY = [
    "* JUNE 2012 - Ships of the two navies hold a first drill on",
    "Search and rescue off the southern coast, near the islands.",
  ];

  // Later entries may name the month alone, the year being the first entry's.
  const MONTH_ENTRY = [
    "* AUGUST - Ships of the two navies hold a first drill on",
    "Search and rescue off the southern coast, near the islands.",
  ];

  it.each([
    [
      "an entry and its next entry",
      [...ENTRY, ...NEXT_ENTRY],
      [ENTRY.join("\n"), NEXT_ENTRY.join("\n")],
    ],
    [
      "an entry under its month alone",
      [...ENTRY, ...MONTH_ENTRY],
      [ENTRY.join("\n"), MONTH_ENTRY.join("\n")],
    ],
    [
      "entries between blank lines",
      [...ENTRY, "", ...NEXT_ENTRY],
      [ENTRY.join("\n"), "", NEXT_ENTRY.join("\n")],
    ],
  ])("joins a dated list entry to the capitalised line it goes on in: %s", (_, lines, expected) => {
    expect(unwrapHardWrapped([...WIRE.slice(1), "", ...lines])).toEqual([
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
      "",
      ...expected,
    ]);
  });

  it.each([
    ["an undated bullet", "* Coast guard of the northern provinces sends its ships to the"],
    // A month's name opening a bullet's sentence is no entry's date.
    [
      "a bullet opening with a month's name",
      "* May is when the coast guard sends its ships to the",
    ],
  ])("keeps %s apart from its next capitalised line", (_, bullet) => {
    expect(unwrapHardWrapped([...WIRE.slice(1), "", bullet, ENTRY[1] ?? ""])).toEqual([
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
      "",
      bullet,
      ENTRY[1],
    ]);
  });

  it("joins a numbered paragraph to the capitalised line it goes on in, even one opening with a number", () => {
    const first = [
      "1. At the request of Minister Jane Roe of the Navy, the fleet's Admiral",
      "John Doe will lead a delegation to the school and the base from June 3 to",
      "7. The visit returns the minister's visit of last spring, when the admiral",
      "showed her the new training ships of the fleet.",
    ];
    const second = [
      "2. On June 4, the admiral will hold talks with the base commander and",
      "with the officers of the school, and will visit the harbor, where he will",
      "be welcomed by the mayor of the city and the governor of the province on",
      "the pier that the two navies built together for their joint exercises.",
    ];
    expect(unwrapHardWrapped([...first, ...second])).toEqual([first.join("\n"), second.join("\n")]);
  });

  it("still joins a wrapped line that opens with a hyphenated word", () => {
    const lines = [
      ...WIRE.slice(1, 3),
      "-based officials of the fleet met the U.S.",
      ...WIRE.slice(3),
    ];
    expect(unwrapHardWrapped(lines)[0]).toBe(lines.slice(0, 4).join("\n"));
  });

  it("still joins a wrapped line that opens with a capitalised 'By' in the middle of a paragraph", () => {
    const lines = [
      ...WIRE.slice(1, 3),
      "By then the two delegations had agreed on a text. The",
      ...WIRE.slice(5),
    ];
    expect(unwrapHardWrapped(lines)).toEqual([lines.join("\n")]);
  });

  it("joins short paragraphs of a story wrapped at a fixed width with blank lines between them", () => {
    const story = [
      "The two delegations met in the harbour city on Tuesday for a first round of",
      "Talks on maritime safety, an official said.",
      "",
      "The navies agreed to hold a search and rescue drill later in the year, and the",
      "Defense Ministry of the host country said it welcomed the",
      "Outcome of the talks.",
      "",
      "Officials said the next round would be held in the spring.",
    ];
    expect(unwrapHardWrapped(story)).toEqual([
      story.slice(0, 2).join("\n"),
      "",
      story.slice(3, 6).join("\n"),
      "",
      story[7],
    ]);
  });

  it("joins a column wrapped at a little over a hundred characters", () => {
    const story = [
      "The two delegations met in the harbour city on Tuesday for a first round of talks with Rear Admiral",
      "Chen Wei of the southern fleet, an official of the ministry said, and agreed that the next round of talks",
      "would be held in the spring at the headquarters of the fleet in the other capital, after a joint drill of the",
      "Navy in the waters off the southern coast.",
    ];
    expect(story.map((l) => l.length).some((n) => n > 100)).toBe(true);
    expect(unwrapHardWrapped(story)).toEqual([story.join("\n")]);
  });

  it("joins a column run on into a one-line notice wider than any column", () => {
    const notice =
      "© The Courier 2012. All rights reserved. Users may download and print extracts of content from this website for their own personal use only.";
    const story = [...WIRE.slice(1), notice, "Related News"];
    expect(unwrapHardWrapped(story)).toEqual([
      WIRE.slice(1, 4).join("\n"),
      WIRE.slice(4).join("\n"),
      notice,
      "Related News",
    ]);
  });

  it("still joins a wide line cut in mid-sentence to the line that goes on below it", () => {
    const wide =
      "CAPITAL CITY, March 3 - The visiting delegation of the two navies held a first round of talks on Tuesday and agreed on a list of issues";
    expect(unwrapHardWrapped([wide, "that must be tackled before the summit."])).toEqual([
      `${wide}\nthat must be tackled before the summit.`,
    ]);
  });

  it("leaves a page's short paragraphs alone when only one line of the page is cut", () => {
    const page = [
      "The two delegations met in the harbour city on Tuesday for a first round of",
      "Talks on maritime safety, an official said.",
      "",
      "The navies agreed to hold a search and rescue drill later in the year.",
      "Defense officials welcomed the outcome.",
    ];
    expect(unwrapHardWrapped(page)).toEqual(page);
  });

  it.each([
    // A month's abbreviation at a line's end ends no sentence: the dates go on below.
    ["the visit to the port city, Sept.", "4-6, was the first in some years, and the talks"],
    // So does a title's, before the name it goes with.
    ["the delegation that called on Gen.", "Ma Xiaotian at the ministry, and then went"],
  ])("joins a wrapped line that ends on an abbreviation: %s", (cut, next) => {
    const lines = [...WIRE.slice(1, 3), `The officials from both navies described ${cut}`, next];
    expect(unwrapHardWrapped(lines)).toEqual([lines.join("\n")]);
  });

  it("keeps a wrapped line that ends a sentence on an ambiguous abbreviation apart from a new one", () => {
    const lines = [
      ...WIRE.slice(1, 3),
      "said, and the delegation flew home to the U.S.",
      "Officials said the next round would follow in the",
      "spring, before the annual dialogue of the two sides.",
    ];
    expect(unwrapHardWrapped(lines)).toEqual([
      lines.slice(0, 3).join("\n"),
      lines.slice(3).join("\n"),
    ]);
  });

  it.each([
    // Web text: each paragraph on one long line, blank lines between.
    [
      [
        "A headline of the story",
        "",
        "The first paragraph of running prose is a single long line as saved from a web page, and it goes on well past any wire column width.",
        "",
        "The second paragraph is also one line of its own and ends like a sentence.",
      ],
    ],
    // A menu: short lines, none cut in mid-sentence.
    [["Home", "World news", "Opinion and analysis", "Make this your homepage", "Contact us"]],
    // Fewer than three lines cut in mid-sentence: not a wrapped column.
    [
      [
        "Nation marks progress in dealing with the long winter",
        "Current issue",
        "Table of contents",
        "Subscribe now",
      ],
    ],
  ])("leaves other text as it is (%#)", (lines) => {
    expect(unwrapHardWrapped(lines)).toEqual(lines);
  });
});

describe("joinBrokenProse", () => {
  const LONG =
    "The delegation met the minister of the other side on Monday and said the next round of talks was";
  it.each([
    // A long prose line cut in mid-sentence, going on in lower case on the next line.
    [
      [LONG, "likely to be held before the end of the year."],
      [`${LONG}\nlikely to be held before the end of the year.`],
    ],
    [[`A. ${LONG}`, "and both sides agreed."], [`A. ${LONG}\nand both sides agreed.`]],
  ])("joins a broken sentence (%#)", (lines, joined) => {
    expect(joinBrokenProse(lines)).toEqual(joined);
  });

  it.each([
    // A headline and a lower-case byline under it.
    [
      [
        "Two navies agree to hold a joint search and rescue drill in the coming year",
        "by Staff Writers",
      ],
    ],
    // The first line ends like a sentence.
    [[`${LONG} agreed.`, "officials said so later."]],
    // The next line starts in capitals: a new paragraph.
    [[LONG, "The second paragraph starts here."]],
    // A short line (a headline) cut without a sentence end.
    [["Ministers meet in the capital", "and other stories"]],
    // A site's menu, and its stamp in lower case under it.
    [
      [
        "Home | China | World | Business | Culture | Sports | Science | Health | Photos | Video | Forum",
        "english.example.cn  2010-11-26 18:47:09  Feedback  Print",
      ],
    ],
  ])("leaves lines that are not one broken sentence (%#)", (lines) => {
    expect(joinBrokenProse(lines)).toEqual(lines);
  });
});

describe("hard-wrapped wire copy through clean and segment", () => {
  it("gives one sentence per sentence, with exact offsets across the line breaks", async () => {
    const text = [
      "Navies agree to meet again",
      "CAPITAL CITY, March 3, 2012 - The delegations of the two",
      "navies held a first round of talks on Tuesday, an official",
      "said, and agreed to meet again before the end of the year.",
      "The talks were described as frank by both of the sides. The",
      "sides will publish a joint statement on the outcome of the",
      "talks later in the week, according to the foreign ministry.",
    ].join("\n");
    const [article] = (await runOn({ "wire.txt": text })).articles;
    const body = (article?.sentences ?? []).filter((s) => s.kind === "body");
    expect(body.map((s) => s.text)).toEqual([
      "The delegations of the two\nnavies held a first round of talks on Tuesday, an official\nsaid, and agreed to meet again before the end of the year.",
      "The talks were described as frank by both of the sides.",
      "The\nsides will publish a joint statement on the outcome of the\ntalks later in the week, according to the foreign ministry.",
    ]);
    for (const s of body) expect(article?.text.slice(s.start, s.end)).toBe(s.text);
  });
});
