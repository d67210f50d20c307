import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

// `base` is relative so the built site works from any folder of a static host.
export default defineConfig({
  base: "./",
  plugins: [react(), tailwindcss()],
  preview: { port: 4173, host: "127.0.0.1" },
  server: { port: 5173, host: "127.0.0.1" },
});
