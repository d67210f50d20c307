import type { Plugin } from "vite";
import {
  apacheHeaders,
  contentSecurityPolicy,
  netlifyHeaders,
  nginxHeaders,
  pageOf,
  readSiteConfig,
  securityHeaders,
} from "./security-headers.ts";

/**
 * Puts the security policy of scripts/security-headers.ts on the built site: a CSP <meta> tag in
 * both pages (not in the dev server, whose hot reload needs inline script), header files for
 * static hosts beside them (`_headers`, `.htaccess`, `nginx-security-headers.conf`), and the full
 * headers on `vite preview` (so `npm start` and the e2e tests run under the real policy).
 */
export function securityHeadersPlugin(configPath: string): Plugin {
  const config = () => readSiteConfig(configPath);
  return {
    name: "dialogue-timeline:security-headers",
    transformIndexHtml: {
      order: "pre",
      handler(_html, ctx) {
        if (ctx.server) return [];
        return [
          {
            tag: "meta",
            attrs: {
              "http-equiv": "Content-Security-Policy",
              content: contentSecurityPolicy(config()),
            },
            injectTo: "head-prepend",
          },
        ];
      },
    },
    generateBundle() {
      const files = {
        _headers: netlifyHeaders(config()),
        ".htaccess": apacheHeaders(config()),
        "nginx-security-headers.conf": nginxHeaders(config()),
      };
      for (const [fileName, source] of Object.entries(files))
        this.emitFile({ type: "asset", fileName, source });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const page = pageOf(req.url ?? "");
        if (page)
          for (const [name, value] of Object.entries(securityHeaders(page, config())))
            res.setHeader(name, value);
        next();
      });
    },
  };
}
