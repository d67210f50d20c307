import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../../scripts/generate-dataset.ts";
import { buildEventIndex, lightEventsOf } from "../../../dataset/event-index/index.ts";
import { DatasetValidationError } from "../../../dataset/index.ts";
import { FetchJsonError } from "../../../lib/fetch-json.ts";
import { bundledSource, type DatasetSource } from "../model/source.ts";
import { DatasetClient, WORKER_FAILED, type WorkerPort } from "./dataset-client.ts";
import { builtStore, type IndexStore } from "./index-store.ts";
import { createRequestHandler, type ReplyMessage } from "./protocol.ts";

/** Either of a port's listeners, as a test port takes them. */
type Listener = ((event: { data: ReplyMessage }) => void) | ((event: { message?: string }) => void);

const SOURCE = bundledSource(new URL("https://example.org/app/data/"));
const { events, articles } = generateDataset(1500, 3);
const built = buildEventIndex(events, articles);

/** A client wired to a handler the way a Worker wires them: every message cloned on the way. */
function connected(open: (source: DatasetSource) => Promise<IndexStore>) {
  const handle = createRequestHandler(open);
  const listeners: ((event: { data: ReplyMessage }) => void)[] = [];
  const port: WorkerPort = {
    postMessage: (message) =>
      void handle(structuredClone(message)).then(({ reply, transfer }) => {
        const data = structuredClone(reply, { transfer });
        listeners.forEach((listener) => listener({ data }));
      }),
    addEventListener: (type: "message" | "error", listener: Listener) => {
      if (type === "message") listeners.push(listener as (event: { data: ReplyMessage }) => void);
    },
  };
  return new DatasetClient(port);
}

describe("a dataset worker that cannot run", () => {
  it("fails every waiting request, saying why, instead of leaving it waiting", async () => {
    const failed: ((event: { message?: string }) => void)[] = [];
    const port: WorkerPort = {
      postMessage: () => undefined,
      addEventListener: (type: "message" | "error", listener: Listener) => {
        if (type === "error") failed.push(listener as (event: { message?: string }) => void);
      },
    };
    const client = new DatasetClient(port);
    const opening = client.open(SOURCE).catch((e: unknown) => e);
    const chunk = client.events(SOURCE, 0).catch((e: unknown) => e);
    failed.forEach((listener) => listener({ message: "blocked by the page's policy" }));
    expect(await opening).toMatchObject({
      message: `${WORKER_FAILED}: blocked by the page's policy`,
    });
    expect(await chunk).toBeInstanceOf(Error);
    // Asked again, it says so at once.
    await expect(client.removed(SOURCE)).rejects.toThrow(WORKER_FAILED);
  });

  it("answers as usual while it runs", async () => {
    const client = connected(() => Promise.resolve(builtStore(built)));
    expect((await client.open(SOURCE)).warning).toBeUndefined();
  });
});

describe("the dataset worker's protocol", () => {
  it("opens a dataset, hands over its index and answers chunks by number", async () => {
    const client = connected(() => Promise.resolve(builtStore(built)));
    const { index, warning } = await client.open(SOURCE);
    expect(warning).toBeUndefined();
    expect(index.start).toBeInstanceOf(Int32Array);
    expect(lightEventsOf(index).map((e) => e.id)).toEqual(events.events.map((e) => e.id));
    expect(await client.events(SOURCE, 1)).toEqual(events.events.slice(1000));
    expect(await client.articles(SOURCE, 0)).toEqual(built.articleChunks[0]?.articles);
    expect(await client.removed(SOURCE)).toEqual([]);
  });

  it("rebuilds a failed fetch as the FetchJsonError naming the file", async () => {
    const failure = new FetchJsonError("index.json", "http", "the server answered 500", 500);
    const client = connected(() => Promise.reject(failure));
    const error: unknown = await client.open(SOURCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchJsonError);
    expect(error).toMatchObject({
      fileName: "index.json",
      failure: "http",
      status: 500,
      message: failure.message,
      isTransient: true,
    });
  });

  it("rebuilds a contract break with its file and fields", async () => {
    const broken = new DatasetValidationError("events.json", ["events.0.date.value: bad"]);
    const client = connected(() => Promise.reject(broken));
    const error: unknown = await client.open(SOURCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error).toMatchObject({ documentName: "events.json", problems: broken.problems });
  });

  it("opens again on a retry, and a chunk of a dataset never opened is an error", async () => {
    let attempts = 0;
    const client = connected(() =>
      ++attempts === 1
        ? Promise.reject(new FetchJsonError("index.json", "network", "could not be downloaded"))
        : Promise.resolve(builtStore(built)),
    );
    await expect(client.open(SOURCE)).rejects.toThrow("index.json: could not be downloaded");
    await expect(client.events(SOURCE, 0)).rejects.toThrow("no dataset is open");
    await client.open(SOURCE);
    expect(await client.events(SOURCE, 0)).toHaveLength(1000);
    await expect(client.events(SOURCE, 9)).rejects.toThrow("no event chunk 9");
  });
});
