import { FULL_DATE_RE, MONTHS, readFullDate } from "../util/dates.ts";
import { isTitledName } from "../lexicon/roles.ts";

/** A dateline at the head of the first body paragraph. */
export interface Dateline {
  /** Place as written ("WASHINGTON", "Washington D.C."). */
  place: string;
  /** ISO day when the dateline carries a full date. */
  date?: string;
  /** Month and day when the dateline omits the year (wire style "BEIJING, June 8 (Xinhua) --"). */
  monthDay?: { month: number; day: number };
  agency?: string;
  /** Length of the prefix including its trailing dash and spaces. */
  length: number;
}

/** A place; two joined by a slash ("BEIJING/WASHINGTON") when the story was filed from both. */
const PLACE = String.raw`([A-Z][A-Za-z.'’-]*(?:[ /][A-Z][A-Za-z.'’-]*){0,3}(?:,[ ][A-Z][A-Za-z.]+)?)`;
const AGENCY = String.raw`\(([A-Za-z][A-Za-z .&-]{1,30})\)`;
/**
 * "AUSTIN, Texas, April 9, 2012 /Lone Star Wire/ --": a release wire's name between slashes
 * after the date, as commercial newswires credit a press release.
 */
const RELEASE_WIRE = String.raw`/([A-Za-z][A-Za-z .&-]{1,30})/`;
const DASH = String.raw`\s*(?:--|[–—-])\s*`;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const WITH_DATE = new RegExp(
  String.raw`^${PLACE}(?:,\s*|${DASH})(?:${AGENCY}${DASH})?(${FULL_DATE_RE.source.slice(2, -2)})\s*(?:${AGENCY}|${RELEASE_WIRE})?${DASH}`,
);
const WIRE_NO_YEAR = new RegExp(String.raw`^${PLACE},\s*${MONTH}\s+(\d{1,2})\s*${AGENCY}${DASH}`);
/**
 * "DES MOINES, Feb. 16 -- …": a place in capitals, a month and a day with no year and no credit,
 * then a spaced dash (an unspaced one joins a range: "Dec. 13-14").
 */
const CAPS_NO_YEAR = new RegExp(
  String.raw`^([A-Z][A-Z.'’-]{2,}(?:[ /][A-Z][A-Z.'’-]+){0,3}),\s*${MONTH}\s+(\d{1,2})\s+(?:--|[–—-])\s+(?=[A-Z"“])`,
);
/** Wire agencies that credit a dateline by name alone. */
const WIRES = "AP|Reuters|AFP|Xinhua|UPI|Bloomberg|dpa|IANS|PTI|Kyodo|Yonhap|AFPS";
/** "BEIJING (AP) — …", "(Reuters) - …": an agency credit with or without the place. */
const AGENCY_LEAD = new RegExp(
  String.raw`^(?:([A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*){0,3}(?:,[ ][A-Z][A-Za-z.]+)?)\s+)?\((${WIRES})\)\s*(?:--|[–—-])\s*`,
);
/**
 * "BEIJING, Sept. 18 Kyodo" on a line of its own, or before a dash and the story ("SEOUL, May 3
 * Kyodo - …"): the wire's name without parentheses (Kyodo's style).
 */
const WIRE_LINE_NO_YEAR = new RegExp(
  String.raw`^${PLACE},\s*${MONTH}\s+(\d{1,2})\s+(${WIRES})(?:\s*$|\s*(?:--|[–—-])\s+(?=[A-Z"“]))`,
);
/**
 * "BEIJING (Global Wire) — …": a place in capitals and any outlet's credit in parentheses. The
 * capitals keep a sentence that opens with a name and an aside ("Hagel (right) — …") out.
 */
const CREDIT_LEAD = new RegExp(
  String.raw`^([A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:,[ ][A-Z][A-Za-z.]+)?)\s+\(([A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3})\)\s*(?:--|[–—-])\s*`,
);
/** "WASHINGTON — …": a place in capitals and a spaced dash, no date and no credit. */
const BARE_PLACE =
  /^([A-Z][A-Z.'’-]{2,}(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+)?)\s+(?:--|[–—-])\s+(?=[A-Z"“])/;
/**
 * "BEIJING--The …", "TOKYO—Japan's …": a place in capitals and a double or long dash set close
 * against the story (a Japanese daily's and a business paper's style). Letters only, so
 * "U.S.—China ties" keeps its words.
 */
const BARE_PLACE_CLOSE = /^([A-Z]{3,}(?:[ /][A-Z]{2,}){0,3})(?:--|—)(?=[A-Z"“])/;
const PLACE_COLON = /^([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}):\s+(?=[A-Z"“])/;

/**
 * Reads the dateline that opens a news story: "WASHINGTON, May 7, 2012 –",
 * "Washington D.C. – (AFPS) – June 8, 2013 –", "BEIJING, June 8 (Xinhua) --", "Washington: …".
 */
export function readDateline(paragraph: string): Dateline | undefined {
  const m = paragraph.match(WITH_DATE);
  if (m) {
    const dateMatch = m[3]?.match(FULL_DATE_RE);
    const date = dateMatch ? readFullDate(dateMatch) : undefined;
    if (date) {
      const agency = m[2] ?? m[m.length - 2] ?? m[m.length - 1];
      return { place: m[1] ?? "", date, agency: agency ?? undefined, length: m[0].length };
    }
  }
  // The forms capture the place, the month, the day and the wire (if any), in that order.
  for (const form of [WIRE_NO_YEAR, WIRE_LINE_NO_YEAR, CAPS_NO_YEAR]) {
    const w = paragraph.match(form);
    if (!w) continue;
    const month = MONTHS[(w[2] ?? "").toLowerCase().replace(".", "")] ?? 0;
    return {
      place: w[1] ?? "",
      monthDay: { month, day: Number(w[3]) },
      agency: w[4],
      length: w[0].length,
    };
  }
  const a = paragraph.match(AGENCY_LEAD);
  if (a) return { place: a[1] ?? "", agency: a[2], length: a[0].length };
  const g = paragraph.match(CREDIT_LEAD);
  if (g) return { place: g[1] ?? "", agency: g[2], length: g[0].length };
  const b = paragraph.match(BARE_PLACE) ?? paragraph.match(BARE_PLACE_CLOSE);
  if (b) return { place: b[1] ?? "", length: b[0].length };
  const c = paragraph.match(PLACE_COLON);
  // "Q:" / "A:" / "SECRETARY CHUCK HAGEL:" of a transcript are speaker labels, not places.
  if (c && paragraph.length > 80 && (c[1] ?? "").length >= 3 && !isTitledName(c[1] ?? ""))
    return { place: c[1] ?? "", length: c[0].length };
  return undefined;
}
