import { isOriginAllowed } from "./site-config.ts";

/**
 * The URL of a published data file, relative to the page's base so the built site works from any
 * folder of a static host (vite.config.ts sets `base: "./"`).
 */
export function dataUrl(fileName: string): string {
  return `${import.meta.env.BASE_URL}data/${fileName}`;
}

/** Where datasets may come from: the site's own data folder, and the sites config.json allows. */
export interface DataScope {
  /** The bundled data folder's URL, ending in "/": on this site, only addresses under it load. */
  folder: string;
  /** Other sites (origins, or "*") whose datasets load. */
  origins: readonly string[];
}

/** Why an address may not be loaded; `offSite` when the only fault is the site it is on. */
export interface DataUrlProblem {
  offSite: boolean;
  message: string;
}

const problem = (message: string, offSite = false): DataUrlProblem => ({ offSite, message });

/**
 * Why `url` may not be loaded as data, or undefined when it may: an http(s) address under the
 * site's own data folder, or on an allowed site. The URL parser has already resolved "." and
 * ".." (also written %2e); an encoded slash or backslash is refused, since a server may decode it
 * into a path step out of the folder.
 */
export function dataUrlProblem(url: URL, scope: DataScope): DataUrlProblem | undefined {
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return problem("is not an http or https address");
  if (url.username || url.password) return problem("carries a user name or password");
  const folder = new URL(scope.folder);
  if (url.origin === folder.origin) {
    if (/%(2f|5c)/i.test(url.pathname)) return problem("has an encoded slash in its path");
    if (!url.pathname.startsWith(folder.pathname))
      return problem(`is outside this site's data folder (${folder.pathname})`);
    return undefined;
  }
  if (!isOriginAllowed(url.origin, scope.origins))
    return problem(`is on another site (${url.origin})`, true);
  return undefined;
}
