import { isoDay, noonUtc } from "../../util/dates.ts";

/** A web address: "http://…", "https://…" or "www.…", up to the next space. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s"'<>]+/gi;

/** A line with its web addresses blanked ("http://news.example.com 2012-07-26 …"). */
export const withoutAddresses = (text: string) => text.replace(ADDRESS, " ");

/**
 * A day in an address's path, as news sites file their stories: "/2013/03/12/", "/20130312/",
 * "/2013-11/15/". The day must end its path segment, so an archive's fourteen-digit capture time
 * ("/web/20100117220513/") or a story number ("/2015082314_uschina") is none.
 */
const PATH_DAY = /\/((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?=[-/_.]|$)/;

/**
 * The day in the page's own address, when the saved page shows it (a print header's "from
 * http://…", a source line). Of an archive's address, the archived page's own (the last one).
 */
export function addressDay(line: string): string | undefined {
  const addresses = line.match(ADDRESS) ?? [];
  for (const address of addresses.reverse()) {
    // An archive's address holds the page's: "web.archive.org/web/2010…/http://www.state.gov/…".
    const own = address.slice(address.lastIndexOf("http") > 0 ? address.lastIndexOf("http") : 0);
    const m = own.match(PATH_DAY);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = noonUtc(year, month, day);
    // "/2013/02/30/" is no day.
    if (date.getUTCMonth() + 1 === month) return isoDay(date);
  }
  return undefined;
}
