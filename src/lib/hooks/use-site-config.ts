import { FetchJsonError, fetchJson } from "../fetch-json.ts";
import { createResource, useResource, type ResourceResult } from "../resource.ts";
import { DEFAULT_SITE_CONFIG, SITE_CONFIG_FILE, type SiteConfig } from "../site-config.ts";

/** The deployment's settings, once per page (the embed reads them before it draws). */
const siteConfig = createResource(
  (url: string) => url,
  async (url: string): Promise<SiteConfig> => {
    try {
      // Its checks (zod) download beside the file, not with the page.
      const [{ parseSiteConfig }, json] = await Promise.all([
        import("../site-config-schema.ts"),
        fetchJson(url, SITE_CONFIG_FILE),
      ]);
      return parseSiteConfig(json);
    } catch (error) {
      // A deployment may drop the file: that means the safe defaults, not a broken page.
      if (error instanceof FetchJsonError && error.status === 404) return DEFAULT_SITE_CONFIG;
      throw error;
    }
  },
);

/** The deployment's settings (config.json); `enabled: false` skips the request. */
export function useSiteConfig(enabled = true): ResourceResult<SiteConfig> {
  return useResource(
    siteConfig,
    enabled ? `${import.meta.env.BASE_URL}${SITE_CONFIG_FILE}` : undefined,
  );
}
