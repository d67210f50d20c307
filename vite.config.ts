import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { securityHeadersPlugin } from "./scripts/vite-security-headers.ts";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// `base` is relative so the built site works from any folder of a static host.
export default defineConfig({
  base: "./",
  plugins: [react(), tailwindcss(), securityHeadersPlugin(page("public/config.json"))],
  build: {
    // Two pages share one bundle of code: the explorer, and the timeline for other sites' pages.
    rolldownOptions: { input: { main: page("index.html"), embed: page("embed.html") } },
  },
  // The dataset worker is a module worker, so it can load its own parts when used (the contract's
  // checks, the search) instead of all of them before the first draw.
  worker: { format: "es" },
  preview: { port: 4173, host: "127.0.0.1" },
  server: { port: 5173, host: "127.0.0.1" },
});
