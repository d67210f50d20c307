import { dataUrlProblem, type DataScope } from "../../../lib/data-url.ts";
import { excerpt } from "../../../lib/excerpt.ts";
import { bundledSource } from "./bundled-source.ts";

/** Where a dataset's two documents are fetched from, and how errors and citations name them. */
export interface DatasetSource {
  eventsUrl: string;
  articlesUrl: string;
  /** Names each file in error messages: the bare file name for the bundled data, else the URL. */
  eventsName: string;
  articlesName: string;
  /** The `data` parameter's URL, resolved; undefined for the bundled dataset. */
  custom: string | undefined;
  /** Where the files may be served from, also after redirects. */
  scope: DataScope;
}

export { bundledSource };

export type SourceResolution = { ok: true; source: DatasetSource } | { ok: false; reason: string };

/**
 * The dataset the `data` parameter asks for. It names a folder holding events.json and
 * articles.json, or an events.json file with articles.json beside it; relative addresses are
 * resolved against the page. Datasets on another site are refused unless the deployment lists
 * that site, so a link cannot make this site present someone else's data under its name.
 */
export function resolveDatasetSource(
  data: string | undefined,
  page: URL,
  bundledFolder: URL,
  allowedOrigins: readonly string[],
): SourceResolution {
  if (data === undefined) return { ok: true, source: bundledSource(bundledFolder) };
  const quoted = `"${excerpt(data)}"`;
  let url: URL;
  try {
    url = new URL(data, page);
  } catch {
    return { ok: false, reason: `The data parameter ${quoted} is not a URL.` };
  }
  const scope: DataScope = { folder: bundledFolder.href, origins: allowedOrigins };
  const problem = dataUrlProblem(url, scope);
  if (problem?.offSite)
    return {
      ok: false,
      reason:
        `The dataset at ${excerpt(url.href)} is on another site (${url.origin}), and this deployment only ` +
        `loads datasets from its own site. Its operator can allow that site in config.json ` +
        `("dataOrigins").`,
    };
  if (problem)
    return {
      ok: false,
      reason: `The data parameter ${quoted} ${problem.message}, so it was not loaded.`,
    };
  url.hash = "";
  const isFile = url.pathname.endsWith(".json");
  const eventsUrl = isFile ? url : new URL("events.json", withTrailingSlash(url));
  const articlesUrl = new URL("articles.json", eventsUrl);
  return {
    ok: true,
    source: {
      eventsUrl: eventsUrl.href,
      articlesUrl: articlesUrl.href,
      eventsName: eventsUrl.href,
      articlesName: articlesUrl.href,
      custom: url.href,
      scope,
    },
  };
}

function withTrailingSlash(url: URL): URL {
  const folder = new URL(url.href);
  folder.search = "";
  if (!folder.pathname.endsWith("/")) folder.pathname += "/";
  return folder;
}
