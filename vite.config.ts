import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { sharedStaticChunk } from "./scripts/first-draw-chunk.ts";
import { securityHeadersPlugin } from "./scripts/vite-security-headers.ts";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// `base` is relative so the built site works from any folder of a static host.
export default defineConfig({
  base: "./",
  plugins: [react(), tailwindcss(), securityHeadersPlugin(page("public/config.json"))],
  build: {
    // Every browser the app runs in (module workers, top-level ES2022) knows <link rel=modulepreload>.
    modulePreload: { polyfill: false },
    // Two pages share one bundle of code: the explorer, and the timeline for other sites' pages.
    rolldownOptions: {
      input: { main: page("index.html"), embed: page("embed.html") },
      // What both pages load before their first draw, in one file (see first-draw-chunk.ts).
      output: {
        codeSplitting: {
          groups: [
            {
              name: sharedStaticChunk("app", [
                page("src/app/main.tsx"),
                page("src/app/embed-main.tsx"),
              ]),
            },
          ],
        },
      },
    },
  },
  // The dataset worker is a module worker, so it can load its own parts when used (the contract's
  // checks, the search) instead of all of them before the first draw.
  worker: { format: "es" },
  preview: { port: 4173, host: "127.0.0.1" },
  server: { port: 5173, host: "127.0.0.1" },
});
