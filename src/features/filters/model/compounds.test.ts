import { describe, expect, it } from "vitest";
import { JOINED_PAIRS, JOINED_PREFIXES } from "./compounds.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { normalizeText } from "./search.ts";
import { buildEventSearch } from "./search-index.ts";

/** Whether a search for `query` finds an event whose title is `text`. */
const finds = (text: string, query: string) =>
  buildEventSearch([makeEvent({ id: "evt-x", title: text })])
    .search(query)
    .has("evt-x");

/** Each line: the forms a writer may use for one word, all of which must search alike. */
const FORMS: readonly (readonly string[])[] = [
  ["cybersecurity", "cyber security", "cyber-security", "Cyber Security", "CYBER‑SECURITY"],
  ["cyberattack", "cyber attack", "cyber-attack"],
  ["cyberspace", "cyber space", "cyber-space"],
  ["counterterrorism", "counter terrorism", "counter-terrorism"],
  ["counterpiracy", "counter piracy", "counter-piracy"],
  ["nonproliferation", "non proliferation", "non-proliferation"],
  ["antisatellite", "anti satellite", "anti-satellite"],
  ["multilateral", "multi lateral", "multi-lateral"],
  ["peacekeeping", "peace keeping", "peace-keeping"],
  ["whitepaper", "white paper", "white-paper"],
  ["website", "web site", "web-site"],
  ["email", "e mail", "e-mail"],
  ["warship", "war ship", "war-ship"],
  ["hotline", "hot line", "hot-line"],
];

describe("compounds search alike however they are written", () => {
  it.each(FORMS.map((forms) => [forms[0], forms] as const))("%s", (_name, forms) => {
    const normalized = new Set(forms.map((form) => normalizeText(form)));
    expect([...normalized]).toHaveLength(1);
    // And each form, as a query, finds a text written in each other form.
    for (const query of forms)
      for (const text of forms)
        expect(finds(`Talks on ${text} today`, query), `${query} in ${text}`).toBe(true);
  });

  it("covers every entry of the table", () => {
    const firsts = new Set(FORMS.map((forms) => forms[1]?.split(" ")[0]));
    for (const prefix of JOINED_PREFIXES) expect(firsts).toContain(prefix);
    for (const [first, second] of JOINED_PAIRS)
      if (!FORMS.some((forms) => forms[1] === `${first} ${second}`))
        expect(normalizeText(`${first} ${second}`)).toBe(`${first}${second}`);
  });

  it("leaves words that only look like the start of a compound alone", () => {
    expect(normalizeText("Hypercyber security")).toBe("hypercyber security");
    expect(normalizeText("the counter, security")).toBe("the counter, security");
    expect(normalizeText("white papers")).toBe("whitepapers");
    expect(normalizeText("a white house")).toBe("a white house");
  });

  it("still needs every word of a query: 'cyber security' is not 'cyber … security'", () =>
    expect(finds("Cyber attacks and national security", "cyber security")).toBe(false));

  it("finds the second part of a closed compound on its own", () =>
    expect(finds("New cybersecurity rules", "security")).toBe(true));
});
