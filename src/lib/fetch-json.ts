/**
 * Why a JSON file could not be fetched: the network failed, the server refused, the body is not
 * JSON (or is an HTML page, as a static host's fallback for a missing file answers), or the
 * server redirected the request somewhere it may not load from.
 */
export type FetchJsonFailure = "network" | "http" | "json" | "html" | "redirect";

/** A failed fetch of a named data file; the message says which file and what went wrong. */
export class FetchJsonError extends Error {
  constructor(
    readonly fileName: string,
    readonly failure: FetchJsonFailure,
    detail: string,
    readonly status?: number,
  ) {
    super(`${fileName}: ${detail}`);
    this.name = "FetchJsonError";
  }

  /** Network errors and server errors may pass; a bad body or a 404 will not fix itself. */
  get isTransient(): boolean {
    return this.failure === "network" || (this.status !== undefined && this.status >= 500);
  }
}

/**
 * Fetches `url` and parses its body as JSON, turning every failure into a `FetchJsonError` that
 * names `fileName`, so the UI can say which file is wrong rather than "Unexpected token <".
 */
export async function fetchJson(
  url: string,
  fileName: string,
  signal?: AbortSignal,
  /** Why the address the request ended at (after redirects) may not be used, if it may not. */
  finalUrlProblem?: (finalUrl: URL) => string | undefined,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchJsonError(fileName, "network", `could not be downloaded (${String(error)})`);
  }
  // A redirect is followed before we see it: the address it ended at obeys the same rule.
  const problem = response.url ? finalUrlProblem?.(new URL(response.url)) : undefined;
  if (problem)
    throw new FetchJsonError(
      fileName,
      "redirect",
      `was redirected to ${response.url.slice(0, 200)}, which ${problem}; not loaded`,
    );
  if (!response.ok) {
    const reason = `${response.status} ${response.statusText}`.trim();
    throw new FetchJsonError(fileName, "http", `the server answered ${reason}`, response.status);
  }
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    // A static host's SPA fallback answers a missing file with index.html and status 200.
    const html = body.trimStart().startsWith("<");
    const hint = html ? " (the server sent HTML; is the file missing?)" : "";
    const reason = error instanceof Error ? error.message : String(error);
    throw new FetchJsonError(
      fileName,
      html ? "html" : "json",
      `is not valid JSON: ${reason}${hint}`,
    );
  }
}
