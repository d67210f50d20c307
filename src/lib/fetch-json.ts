/** Why a JSON file could not be fetched: the network failed, the server refused, or the body is not JSON. */
export type FetchJsonFailure = "network" | "http" | "json";

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
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchJsonError(fileName, "network", `could not be downloaded (${String(error)})`);
  }
  if (!response.ok) {
    const reason = `${response.status} ${response.statusText}`.trim();
    throw new FetchJsonError(fileName, "http", `the server answered ${reason}`, response.status);
  }
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    // A static host's SPA fallback answers a missing file with index.html and status 200.
    const hint = body.trimStart().startsWith("<")
      ? " (the server sent HTML; is the file missing?)"
      : "";
    const reason = error instanceof Error ? error.message : String(error);
    throw new FetchJsonError(fileName, "json", `is not valid JSON: ${reason}${hint}`);
  }
}
