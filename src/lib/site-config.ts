import { z } from "zod";

/** The deployment's settings file, served beside index.html and embed.html. */
export const SITE_CONFIG_FILE = "config.json";

/** "*" (any site) or an origin: scheme, host and port, with no path ("https://example.org"). */
const originEntry = z.string().refine((value) => value === "*" || isOrigin(value), {
  message: 'expected "*" or an origin such as "https://example.org" (no path, no trailing slash)',
});

export const siteConfigSchema = z.object({
  /**
   * Sites other than this one whose datasets the `data` parameter may load. Empty: only datasets
   * on this site, so nobody can make this site present another site's data as its own.
   */
  dataOrigins: z.array(originEntry).default([]),
  /**
   * Pages that may embed the timeline and talk to it by postMessage: the embed acts on their
   * messages and sends its own only to them. "*" lets any page embed it (the data is public).
   */
  hostOrigins: z.array(originEntry).default(["*"]),
  /** Who made the dataset, as citations name it (one name or an organisation, as written). */
  author: z.string().trim().min(1).max(300).optional(),
  /** Who publishes it (the deployment's institution), as citations name it. */
  publisher: z.string().trim().min(1).max(300).optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** What a deployment without a config file gets. */
export const DEFAULT_SITE_CONFIG: SiteConfig = { dataOrigins: [], hostOrigins: ["*"] };

export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

/** Whether `origin` is on the list: listed exactly, or the list allows any site. */
export function isOriginAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes("*") || allowed.includes(origin);
}

/** The settings in `input`, or an error naming the file and each bad field. */
export function parseSiteConfig(input: unknown): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`,
  );
  throw new Error(`${SITE_CONFIG_FILE} is not valid: ${problems.join("; ")}`);
}
