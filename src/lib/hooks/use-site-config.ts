import { queryOptions, useQuery } from "@tanstack/react-query";
import { FetchJsonError, fetchJson } from "../fetch-json.ts";
import { DEFAULT_SITE_CONFIG, SITE_CONFIG_FILE } from "../site-config.ts";

const siteConfigQuery = queryOptions({
  queryKey: ["site-config"],
  queryFn: async ({ signal }) => {
    try {
      const url = `${import.meta.env.BASE_URL}${SITE_CONFIG_FILE}`;
      // Its checks (zod) download beside the file, not with the page.
      const [{ parseSiteConfig }, json] = await Promise.all([
        import("../site-config-schema.ts"),
        fetchJson(url, SITE_CONFIG_FILE, signal),
      ]);
      return parseSiteConfig(json);
    } catch (error) {
      // A deployment may drop the file: that means the safe defaults, not a broken page.
      if (error instanceof FetchJsonError && error.status === 404) return DEFAULT_SITE_CONFIG;
      throw error;
    }
  },
});

/** The deployment's settings (config.json); `enabled: false` skips the request. */
export function useSiteConfig(enabled = true) {
  return useQuery({ ...siteConfigQuery, enabled });
}
