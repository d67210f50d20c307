import type { SiteConfig } from "./site-config-schema.ts";

/** The deployment's settings file, served beside index.html and embed.html. */
export const SITE_CONFIG_FILE = "config.json";

/** The settings: site-config-schema.ts checks them and says what each one means. */
export type { SiteConfig };

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
