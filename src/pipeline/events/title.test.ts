import { describe, expect, it } from "vitest";
import { endless, endsWhole, makeTitle } from "./title.ts";

describe("endless", () => {
  it.each([
    ["Kerry visits Beijing.", "Kerry visits Beijing"],
    ["Kerry visits Beijing", "Kerry visits Beijing"],
    ["Gates visits the U.S.", "Gates visits the U.S."],
    ["Talks in Washington, D.C.", "Talks in Washington, D.C."],
    ["Hagel visits Beijing. ", "Hagel visits Beijing"],
  ])("%j → %j", (input, expected) => {
    expect(endless(input)).toBe(expected);
  });
});

describe("endsWhole", () => {
  it.each([
    // A conjunction, a preposition or an article left at the end goes, with its comma …
    ["Kerry meets Wang and", "Kerry meets Wang"],
    ["Kerry meets Wang, and", "Kerry meets Wang"],
    ["Kerry travels on to", "Kerry travels"],
    // … but not a word that only ends like one, nor the title's one word.
    ["Kerry meets Wang Dan", "Kerry meets Wang Dan"],
    ["Kerry visits Oman", "Kerry visits Oman"],
    ["And", "And"],
  ])("%j → %j", (input, expected) => {
    expect(endsWhole(input)).toBe(expected);
  });
});

describe("makeTitle", () => {
  const visit = {
    type: { cameo: "042", label: "Make a visit" },
    topics: [],
    status: "occurred" as const,
  };
  it.each([
    [
      { people: [{ name: "John Kerry", country: "USA" }], destination: "Beijing." },
      "Kerry visits Beijing",
    ],
    [
      { people: [{ name: "John Kerry", country: "USA" }], destination: "the U.S." },
      "Kerry visits the U.S.",
    ],
    [{ people: [], headline: "The talks resumed." }, "The talks resumed"],
    // People of the country visited received the visit: the title names who travelled …
    [
      {
        people: [
          { name: "Wang Lin", country: "CHN" },
          { name: "Bob Day", country: "USA" },
        ],
        destination: "the United States",
      },
      "Wang visits the United States",
    ],
    [
      {
        people: [
          { name: "Bob Day", country: "USA" },
          { name: "Wang Lin", country: "CHN" },
        ],
        destination: "Beijing",
      },
      "Day visits Beijing",
    ],
    // … everyone, where the destination's country is not known.
    [
      {
        people: [
          { name: "Wang Lin", country: "CHN" },
          { name: "Bob Day", country: "USA" },
        ],
        destination: "an island base",
      },
      "Wang and Day visit an island base",
    ],
  ])("%j → %j", (parts, expected) => {
    expect(makeTitle(visit, parts)).toBe(expected);
  });
});

describe("makeTitle: the counterpart named in the article's words", () => {
  const meeting = {
    type: { cameo: "040", label: "Consult" },
    topics: [],
    status: "occurred" as const,
  };
  it.each([
    // The counterpart, named by the first and last words of their name, is not also the one
    // who met them …
    [
      [
        { name: "Ashton B. Carter", country: "USA" },
        { name: "Wang Lin", country: "CHN" },
      ],
      "Deputy Defense Secretary Ashton Carter",
      "Wang meets Deputy Defense Secretary Ashton Carter",
    ],
    // … but someone who only shares the surname is someone else.
    [
      [
        { name: "Wang Guanzhong", country: "CHN" },
        { name: "Wang Yi", country: "CHN" },
      ],
      "Foreign Minister Wang Yi",
      "Wang meets Foreign Minister Wang Yi",
    ],
  ])("%j with %j → %j", (people, counterpart, expected) => {
    expect(makeTitle(meeting, { people, counterpart })).toBe(expected);
  });
});

describe("makeTitle: occasions", () => {
  const talks = {
    type: { cameo: "040", label: "Consult" },
    topics: [],
    status: "occurred" as const,
  };
  it.each([
    // An occasion named with its article at a sentence's start is not "at the The …".
    [
      { people: [{ name: "Bob Day" }], occasion: "The Harbour Dialogue" },
      "Day at the Harbour Dialogue",
    ],
    [
      { people: [{ name: "Bob Day" }], occasion: "Harbour Dialogue" },
      "Day at the Harbour Dialogue",
    ],
  ])("%j → %j", (parts, expected) => {
    expect(makeTitle(talks, parts)).toBe(expected);
  });
});

describe("makeTitle: who hosts", () => {
  const hosting = (location?: { name: string; country: string }) => ({
    type: { cameo: "043", label: "Host a visit" },
    topics: [],
    status: "occurred" as const,
    ...(location ? { location } : {}),
  });
  const people = [
    { name: "Wang Lin", country: "CHN" },
    { name: "Bob Day", country: "USA" },
  ];
  it.each([
    // The report says who hosted …
    [hosting(), { people, host: "Bob Day" }, "Day hosts Wang Lin"],
    // … or the place's country does …
    [hosting({ name: "Beijing", country: "CHN" }), { people }, "Wang hosts Bob Day in Beijing"],
    // … and where neither does, no one is called the host.
    [hosting(), { people }, "Wang and Day meet"],
    [hosting({ name: "Geneva", country: "CHE" }), { people }, "Wang and Day meet in Geneva"],
    // One person does not "meet": the sentence's own words stand in.
    [
      hosting(),
      { people: [{ name: "Bob Day", country: "USA" }], headline: "Day hosted a dinner." },
      "Day hosted a dinner",
    ],
    // A known venue or a building is "at", a town "in".
    [
      hosting({ name: "Camp David", country: "USA" }),
      { people },
      "Day hosts Wang Lin at Camp David",
    ],
    [
      hosting({ name: "Harbour Hotel", country: "USA" }),
      { people },
      "Day hosts Wang Lin at Harbour Hotel",
    ],
    // The host's compatriots host with them; the guests are the other side.
    [
      hosting({ name: "Beijing", country: "CHN" }),
      { people: [...people, { name: "Li Qiang", country: "CHN" }] },
      "Wang hosts Bob Day in Beijing",
    ],
  ])("%j %j → %j", (event, parts, expected) => {
    expect(makeTitle(event, parts)).toBe(expected);
  });
});
