import { z } from "zod";
import { isOrigin, SITE_CONFIG_FILE } from "./site-config.ts";

/**
 * The settings file's checks: apart from the rest of site-config.ts, so that pages load zod only
 * when they read the file.
 */

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

/** The settings in `input`, or an error naming the file and each bad field. */
export function parseSiteConfig(input: unknown): z.infer<typeof siteConfigSchema> {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`,
  );
  throw new Error(`${SITE_CONFIG_FILE} is not valid: ${problems.join("; ")}`);
}
