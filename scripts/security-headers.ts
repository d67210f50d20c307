/**
 * The pages' security policy, made from the deployment's config.json, in every form a host needs:
 * a <meta> tag for the built pages (it works on any host, but cannot say who may frame a page),
 * and full headers (Content-Security-Policy with frame-ancestors, X-Frame-Options) for the
 * preview server and for static hosts' header files. One source, so they never disagree.
 */
import { readFileSync } from "node:fs";
import { parseSiteConfig } from "../src/lib/site-config-schema.ts";
import { DEFAULT_SITE_CONFIG, type SiteConfig } from "../src/lib/site-config.ts";

/** The two pages of the app: the explorer is never framed, the embed only by hostOrigins. */
export type AppPage = "explorer" | "embed";

export function readSiteConfig(path: string): SiteConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return DEFAULT_SITE_CONFIG;
  }
  return parseSiteConfig(JSON.parse(text));
}

const sources = (origins: readonly string[]) => (origins.includes("*") ? ["*"] : [...origins]);

/**
 * The policy both pages share: scripts and styles only from the site's own files (no inline
 * script, so an injected one cannot run), no plugins, no <base> to redirect relative addresses,
 * no forms, no frames inside, workers only from the site's own files, and data fetched only
 * from the site and the allowed data sites.
 */
export function contentSecurityPolicy(config: SiteConfig): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // The favicon is an inline SVG (data:).
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...sources(config.dataOrigins)].join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    // The dataset worker (src/features/dataset/worker) is one of the site's own files.
    "worker-src 'self'",
  ].join("; ");
}

/** Who may frame the page: nobody for the explorer, the host pages config.json allows for the embed. */
export function frameAncestors(page: AppPage, config: SiteConfig): string {
  if (page === "explorer") return "frame-ancestors 'none'";
  return `frame-ancestors ${sources(config.hostOrigins).join(" ") || "'none'"}`;
}

/** Every header the page should be served with. */
export function securityHeaders(page: AppPage, config: SiteConfig): Record<string, string> {
  return {
    "Content-Security-Policy": `${contentSecurityPolicy(config)}; ${frameAncestors(page, config)}`,
    // For browsers older than frame-ancestors; it cannot express a list, so only the explorer.
    ...(page === "explorer" ? { "X-Frame-Options": "DENY" } : {}),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
}

/** The page a request path serves, if it is one of the app's. */
export function pageOf(path: string): AppPage | undefined {
  const pathname = path.split(/[?#]/)[0] ?? "";
  if (/\/embed\.html$/.test(pathname)) return "embed";
  if (/\/(index\.html)?$/.test(pathname)) return "explorer";
  return undefined;
}

const PATHS: Record<AppPage, string[]> = {
  explorer: ["/", "/index.html"],
  embed: ["/embed.html"],
};

/** `_headers` for Netlify and Cloudflare Pages (paths for a site served from its root). */
export function netlifyHeaders(config: SiteConfig): string {
  return (["explorer", "embed"] as const)
    .flatMap((page) =>
      PATHS[page].map(
        (path) =>
          `${path}\n${Object.entries(securityHeaders(page, config))
            .map(([name, value]) => `  ${name}: ${value}`)
            .join("\n")}\n`,
      ),
    )
    .join("\n");
}

/** `.htaccess` for Apache (mod_headers), matched by file name so any folder works. */
export function apacheHeaders(config: SiteConfig): string {
  const block = (page: AppPage, files: string) =>
    [
      `<FilesMatch "${files}">`,
      ...Object.entries(securityHeaders(page, config)).map(
        ([name, value]) => `  Header always set ${name} "${value}"`,
      ),
      "</FilesMatch>",
    ].join("\n");
  return `${block("explorer", "^index\\.html$")}\n${block("embed", "^embed\\.html$")}\n`;
}

/** An nginx `location` snippet per page, to include in the site's server block. */
export function nginxHeaders(config: SiteConfig): string {
  const block = (page: AppPage, location: string) =>
    [
      `location ${location} {`,
      ...Object.entries(securityHeaders(page, config)).map(
        ([name, value]) => `  add_header ${name} "${value}" always;`,
      ),
      "}",
    ].join("\n");
  return `# Adjust the paths if the site is served from a sub-folder.\n${block("explorer", "~ /(index\\.html)?$")}\n${block("embed", "~ /embed\\.html$")}\n`;
}
