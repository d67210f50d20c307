import * as z from "zod/mini";
import { en } from "zod/locales";
import { isOrigin, SITE_CONFIG_FILE } from "./site-config.ts";

/**
 * The settings file's checks: apart from the rest of site-config.ts, so that pages load zod only
 * when they read the file; zod/mini, with full zod's English messages, to load little then.
 */
z.config(en());

/** "*" (any site) or an origin: scheme, host and port, with no path ("https://example.org"). */
const originEntry = z.string().check(
  z.refine((value) => value === "*" || isOrigin(value), {
    message: 'expected "*" or an origin such as "https://example.org" (no path, no trailing slash)',
  }),
);

/** A name as citations give it: one line of text, trimmed. */
const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

export const siteConfigSchema = z.object({
  /**
   * Sites other than this one whose datasets the `data` parameter may load. Empty: only datasets
   * on this site, so nobody can make this site present another site's data as its own.
   */
  dataOrigins: z._default(z.array(originEntry), []),
  /**
   * Pages that may embed the timeline and talk to it by postMessage: the embed acts on their
   * messages and sends its own only to them. "*" lets any page embed it (the data is public).
   */
  hostOrigins: z._default(z.array(originEntry), ["*"]),
  /** Who made the dataset, as citations name it (one name or an organisation, as written). */
  author: z.optional(name),
  /** Who publishes it (the deployment's institution), as citations name it. */
  publisher: z.optional(name),
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
