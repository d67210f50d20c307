import { afterEach, describe, expect, it, vi } from "vitest";
import { FetchJsonError, fetchJson } from "./fetch-json.ts";

const respond = (body: string, init: ResponseInit = {}) =>
  vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(body, init));

afterEach(() => vi.restoreAllMocks());

describe("fetchJson", () => {
  it("parses a JSON body", async () => {
    respond('{"a":1}');
    await expect(fetchJson("/x.json", "x.json")).resolves.toEqual({ a: 1 });
  });

  it("names the file when the body is not JSON, and hints at an HTML fallback", async () => {
    respond("<!doctype html><html></html>");
    const error = await fetchJson("/x.json", "events.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchJsonError);
    expect((error as FetchJsonError).message).toMatch(/^events\.json: is not valid JSON.*HTML/);
    expect((error as FetchJsonError).failure).toBe("html");
    expect((error as FetchJsonError).isTransient).toBe(false);
    respond('{"a":');
    const broken = await fetchJson("/x.json", "x.json").catch((e: unknown) => e);
    expect((broken as FetchJsonError).failure).toBe("json");
  });

  it("reports the HTTP status; server errors are transient, 404 is not", async () => {
    respond("", { status: 503, statusText: "Service Unavailable" });
    const e503 = (await fetchJson("/x.json", "x.json").catch((e: unknown) => e)) as FetchJsonError;
    expect(e503.message).toBe("x.json: the server answered 503 Service Unavailable");
    expect(e503.isTransient).toBe(true);
    respond("", { status: 404 });
    const e404 = (await fetchJson("/x.json", "x.json").catch((e: unknown) => e)) as FetchJsonError;
    expect(e404.status).toBe(404);
    expect(e404.isTransient).toBe(false);
  });

  it("wraps a network failure", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Failed to fetch"));
    const error = (await fetchJson("/x.json", "x.json").catch((e: unknown) => e)) as FetchJsonError;
    expect(error.failure).toBe("network");
    expect(error.isTransient).toBe(true);
  });

  it("refuses what a redirect took outside the allowed places, naming the file and the address", async () => {
    const response = new Response('{"a":1}');
    Object.defineProperty(response, "url", { value: "https://evil.example/d/events.json" });
    vi.spyOn(globalThis, "fetch").mockResolvedValue(response);
    const check = (url: URL) =>
      url.origin === "https://evil.example" ? "is on another site" : undefined;
    const error = (await fetchJson("/data/events.json", "events.json", undefined, check).catch(
      (e: unknown) => e,
    )) as FetchJsonError;
    expect(error.failure).toBe("redirect");
    expect(error.message).toBe(
      "events.json: was redirected to https://evil.example/d/events.json, which is on another site; not loaded",
    );
  });

  it("loads what a redirect kept inside the allowed places", async () => {
    const response = new Response('{"a":1}');
    Object.defineProperty(response, "url", { value: "https://site.example/data/v2/events.json" });
    vi.spyOn(globalThis, "fetch").mockResolvedValue(response);
    await expect(
      fetchJson("/data/events.json", "events.json", undefined, () => undefined),
    ).resolves.toEqual({ a: 1 });
  });
});
