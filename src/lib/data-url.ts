/**
 * The URL of a published data file, relative to the page's base so the built site works from any
 * folder of a static host (vite.config.ts sets `base: "./"`).
 */
export function dataUrl(fileName: string): string {
  return `${import.meta.env.BASE_URL}data/${fileName}`;
}
