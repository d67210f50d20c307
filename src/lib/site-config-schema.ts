import { isOrigin, SITE_CONFIG_FILE } from "./site-config.ts";

/**
 * The settings file's checks, written out rather than with zod: the embed reads the file before
 * its first draw, and zod/mini would be 9 KB of it for four fields. Apart from the rest of
 * site-config.ts, so that pages load them only when they read the file.
 */
export interface SiteConfig {
  /**
   * Sites other than this one whose datasets the `data` parameter may load. Empty: only datasets
   * on this site, so nobody can make this site present another site's data as its own.
   */
  dataOrigins: string[];
  /**
   * Pages that may embed the timeline and talk to it by postMessage: the embed acts on their
   * messages and sends its own only to them. "*" lets any page embed it (the data is public).
   */
  hostOrigins: string[];
  /** Who made the dataset, as citations name it (one name or an organisation, as written). */
  author?: string;
  /** Who publishes it (the deployment's institution), as citations name it. */
  publisher?: string;
}

const ORIGIN_MESSAGE =
  'expected "*" or an origin such as "https://example.org" (no path, no trailing slash)';
const NAME_MAX = 300;

type Problems = string[];

/** "*" (any site) or origins: scheme, host and port, with no path ("https://example.org"). */
function origins(value: unknown, field: string, fallback: string[], problems: Problems): string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    problems.push(`${field}: expected an array of origins`);
    return fallback;
  }
  value.forEach((entry: unknown, i) => {
    if (typeof entry !== "string" || (entry !== "*" && !isOrigin(entry)))
      problems.push(`${field}.${i}: ${ORIGIN_MESSAGE}`);
  });
  return value as string[];
}

/** A name as citations give it: one line of text, trimmed, 1 to 300 characters. */
function name(value: unknown, field: string, problems: Problems): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    problems.push(`${field}: expected a string`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > NAME_MAX)
    problems.push(`${field}: expected a name of 1 to ${NAME_MAX} characters (after trimming)`);
  return trimmed;
}

/** The settings in `input` (fields it does not know are left out), or an error naming the file and each bad field. */
export function parseSiteConfig(input: unknown): SiteConfig {
  const problems: Problems = [];
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new Error(`${SITE_CONFIG_FILE} is not valid: (root): expected an object`);
  const fields = input as Record<string, unknown>;
  const config: SiteConfig = {
    dataOrigins: origins(fields.dataOrigins, "dataOrigins", [], problems),
    hostOrigins: origins(fields.hostOrigins, "hostOrigins", ["*"], problems),
  };
  const author = name(fields.author, "author", problems);
  const publisher = name(fields.publisher, "publisher", problems);
  if (author !== undefined) config.author = author;
  if (publisher !== undefined) config.publisher = publisher;
  if (problems.length > 0)
    throw new Error(`${SITE_CONFIG_FILE} is not valid: ${problems.join("; ")}`);
  return config;
}
