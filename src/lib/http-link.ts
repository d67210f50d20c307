import { isHttpUrl } from "../dataset/index.ts";

/**
 * The address to put in a link's href, or undefined when it must be shown as text: only http
 * and https. The contract already refuses other schemes, but a link is where a `javascript:` or
 * `data:` address would run, so the one place that makes links from data checks again.
 */
export function httpLink(url: string | undefined): string | undefined {
  return url !== undefined && isHttpUrl(url) ? url : undefined;
}
