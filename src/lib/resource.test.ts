import { afterEach, describe, expect, it, vi } from "vitest";
import { FetchJsonError } from "./fetch-json.ts";
import { createResource } from "./resource.ts";

const transient = () => new FetchJsonError("index.json", "http", "the server answered 503", 503);
const lasting = () => new FetchJsonError("index.json", "http", "the server answered 404", 404);

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe("createResource", () => {
  it("loads a key once, however many ask for it, and tells every listener", async () => {
    const fetch = vi.fn((n: number) => Promise.resolve(n * 2));
    const resource = createResource((n: number) => String(n), fetch);
    const heard = vi.fn();
    resource.subscribe(1, heard);
    resource.load(1);
    resource.load(1);
    expect(resource.state(1)).toMatchObject({ data: undefined, fetching: true });
    await settle();
    resource.load(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(resource.state(1)).toEqual({ data: 2, error: undefined, fetching: false });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it("keeps one state object until something changes", async () => {
    const resource = createResource(
      (n: number) => String(n),
      (n: number) => Promise.resolve(n),
    );
    resource.load(3);
    await settle();
    expect(resource.state(3)).toBe(resource.state(3));
  });

  it("shows a failure that will not pass at once, and loads again on retry", async () => {
    const fetch = vi
      .fn<(n: number) => Promise<number>>()
      .mockRejectedValueOnce(lasting())
      .mockResolvedValueOnce(7);
    const resource = createResource((n: number) => String(n), fetch);
    resource.load(1);
    await settle();
    expect(resource.state(1).error?.message).toBe("index.json: the server answered 404");
    expect(resource.state(1).fetching).toBe(false);
    resource.retry(1);
    // The error stays while the retry runs, as the Retry button shows "Retrying…".
    expect(resource.state(1)).toMatchObject({ fetching: true });
    expect(resource.state(1).error).toBeDefined();
    await settle();
    expect(resource.state(1)).toEqual({ data: 7, error: undefined, fetching: false });
  });

  it("retries a failure that may pass twice, after 1 s and 2 s, before showing it", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn((_: number) => Promise.reject(transient()));
    const resource = createResource((n: number) => String(n), fetch);
    resource.load(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(resource.state(1).error).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(resource.state(1)).toMatchObject({ fetching: false });
    expect(resource.state(1).error?.message).toBe("index.json: the server answered 503");
  });

  it("keeps keys apart", async () => {
    const resource = createResource(
      (n: number) => String(n),
      (n: number) => Promise.resolve(n),
    );
    resource.load(1);
    await settle();
    expect(resource.state(1).data).toBe(1);
    expect(resource.state(2)).toEqual({ data: undefined, error: undefined, fetching: false });
  });
});
