import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../../scripts/generate-dataset.ts";
import { buildEventIndex, lightEventsOf } from "../../../dataset/event-index/index.ts";
import { FetchJsonError } from "../../../lib/fetch-json.ts";
import { bundledSource, resolveDatasetSource } from "../model/source.ts";
import { openIndexStore, type FetchFile } from "./index-store.ts";

const FOLDER = new URL("https://example.org/app/data/");
const { events, articles } = generateDataset(2300, 7);
const stamped = { ...events, version: "abc123" };
const built = buildEventIndex(stamped, { ...articles, version: "abc123" });

/** The files of a published dataset, by URL, as JSON would bring them. */
function publishedFiles(withIndex: boolean): Map<string, unknown> {
  const at = (name: string) => new URL(name, FOLDER).href;
  const files = new Map<string, unknown>([
    [at("events.json"), stamped],
    [at("articles.json"), { ...articles, version: "abc123" }],
  ]);
  if (!withIndex) return files;
  files.set(at("index.json"), built.index);
  built.index.chunks.events.forEach((name, n) => files.set(at(name), built.eventChunks[n]));
  built.index.chunks.articles.forEach((name, n) => files.set(at(name), built.articleChunks[n]));
  files.set(at(built.index.chunks.removed), built.removed);
  return files;
}

/** Serves `files`; anything else is a 404, as a static host answers. */
function serving(files: Map<string, unknown>, asked: string[] = []): FetchFile {
  return (url, name) => {
    asked.push(name);
    if (!files.has(url)) return Promise.reject(new FetchJsonError(name, "http", "404", 404));
    return Promise.resolve(JSON.parse(JSON.stringify(files.get(url))) as unknown);
  };
}

describe("opening a dataset", () => {
  it("reads index.json first and fetches a chunk only when asked", async () => {
    const asked: string[] = [];
    const store = await openIndexStore(bundledSource(FOLDER), serving(publishedFiles(true), asked));
    expect(store.from).toBe("index");
    expect(asked).toEqual(["index.json"]);
    expect(lightEventsOf(store.transfer()).map((e) => e.id)).toEqual(
      events.events.map((e) => e.id),
    );
    expect(await store.events(2)).toEqual(events.events.slice(2000));
    expect(asked).toEqual(["index.json", "details/events-002.json"]);
    expect(await store.articles(0)).toEqual(built.articleChunks[0]?.articles);
    expect(await store.removed()).toEqual([]);
  });

  it("builds the same index from the contract documents when there is none", async () => {
    const source = resolveDatasetSource(
      "https://example.org/app/data/other/",
      new URL("https://example.org/app/"),
      FOLDER,
      [],
    );
    if (!source.ok) throw new Error(source.reason);
    const files = new Map(
      [...publishedFiles(false)].map(([url, doc]) => [
        url.replace("/app/data/", "/app/data/other/"),
        doc,
      ]),
    );
    const asked: string[] = [];
    const store = await openIndexStore(source.source, serving(files, asked));
    expect(store.from).toBe("contract");
    expect(asked[0]).toBe("https://example.org/app/data/other/index.json");
    expect(store.transfer().ids).toEqual(built.index.events.id);
    expect(lightEventsOf(store.transfer())).toEqual(
      lightEventsOf(
        (await openIndexStore(bundledSource(FOLDER), serving(publishedFiles(true)))).transfer(),
      ),
    );
    expect(await store.events(1)).toEqual(events.events.slice(1000, 2000));
  });

  it("falls back when the host answers the missing index with its HTML page", async () => {
    const files = publishedFiles(false);
    const fetchFile: FetchFile = (url, name) =>
      url.endsWith("index.json")
        ? Promise.reject(
            new FetchJsonError(name, "html", "is not valid JSON (the server sent HTML)"),
          )
        : serving(files)(url, name);
    expect((await openIndexStore(bundledSource(FOLDER), fetchFile)).from).toBe("contract");
  });

  it("reports an index.json that is not JSON instead of falling back", async () => {
    const files = publishedFiles(true);
    const fetchFile: FetchFile = (url, name) =>
      url.endsWith("index.json")
        ? Promise.reject(new FetchJsonError(name, "json", "is not valid JSON: Unexpected end"))
        : serving(files)(url, name);
    await expect(openIndexStore(bundledSource(FOLDER), fetchFile)).rejects.toThrow(
      "index.json: is not valid JSON",
    );
  });

  it("reports a broken index by its field instead of falling back", async () => {
    const files = publishedFiles(true);
    files.set(new URL("index.json", FOLDER).href, { ...built.index, corrected: "no" });
    await expect(openIndexStore(bundledSource(FOLDER), serving(files))).rejects.toThrow(
      /^index\.json is not a valid timeline index: corrected:/,
    );
  });

  it("refuses a chunk of another run, naming it", async () => {
    const files = publishedFiles(true);
    files.set(new URL("details/events-001.json", FOLDER).href, {
      ...built.eventChunks[1],
      version: "old",
    });
    const store = await openIndexStore(bundledSource(FOLDER), serving(files));
    await expect(store.events(1)).rejects.toThrow(/^details\/events-001\.json .*version/);
    await expect(store.events(9)).rejects.toThrow(/no event chunk 9/);
  });

  it("refuses a chunk whose events break the contract, naming the file and field", async () => {
    const files = publishedFiles(true);
    const chunk = built.eventChunks[0];
    if (!chunk) throw new Error("no chunk");
    files.set(new URL("details/events-000.json", FOLDER).href, {
      ...chunk,
      events: [{ ...chunk.events[0], title: "" }, ...chunk.events.slice(1)],
    });
    const store = await openIndexStore(bundledSource(FOLDER), serving(files));
    await expect(store.events(0)).rejects.toThrow(/^details\/events-000\.json .*events\.0\.title/);
  });
});
