import type { DatasetSource } from "../model/source.ts";
import { fromWireError } from "./errors.ts";
import {
  datasetKey,
  type DatasetRequest,
  type DatasetResults,
  type ReplyMessage,
  type RequestMessage,
} from "./protocol.ts";

/** The page's end of the channel to the dataset worker (a Worker, or a stand-in in tests). */
export interface WorkerPort {
  postMessage(message: RequestMessage): void;
  addEventListener(type: "message", listener: (event: { data: ReplyMessage }) => void): void;
  /** A worker whose script cannot load or run (blocked, missing, broken) says so here. */
  addEventListener(type: "error", listener: (event: { message?: string }) => void): void;
}

/** The message of a request the worker could not answer because it never ran or stopped. */
export const WORKER_FAILED =
  "The dataset worker stopped or could not start, so the data cannot be read";

/** Asks the dataset worker, one promise per request; its errors come back as the same classes. */
export class DatasetClient {
  private nextId = 1;
  /** Why the worker stopped, once it has: later requests fail at once with it. */
  private failure: string | undefined;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly port: WorkerPort) {
    port.addEventListener("message", ({ data }) => {
      const waiting = this.pending.get(data.id);
      if (!waiting) return;
      this.pending.delete(data.id);
      if (data.ok) waiting.resolve(data.value);
      else waiting.reject(fromWireError(data.error));
    });
    // Every request waiting then would wait for ever: each fails, saying why.
    port.addEventListener("error", (event) => {
      const reason = event.message ? `${WORKER_FAILED}: ${event.message}` : WORKER_FAILED;
      this.failure = reason;
      for (const waiting of this.pending.values()) waiting.reject(new Error(reason));
      this.pending.clear();
    });
  }

  private call<K extends DatasetRequest["kind"]>(
    request: Extract<DatasetRequest, { kind: K }>,
  ): Promise<DatasetResults[K]> {
    if (this.failure !== undefined) return Promise.reject(new Error(this.failure));
    const id = this.nextId++;
    return new Promise<DatasetResults[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: (v) => resolve(v as DatasetResults[K]), reject });
      this.port.postMessage({ id, request });
    });
  }

  /** Opens the dataset of `source` (again, on a retry) and hands over its index. */
  open(source: DatasetSource) {
    return this.call({ kind: "open", source });
  }
  events(source: DatasetSource, chunk: number) {
    return this.call({ kind: "events", key: datasetKey(source), chunk });
  }
  articles(source: DatasetSource, chunk: number) {
    return this.call({ kind: "articles", key: datasetKey(source), chunk });
  }
  removed(source: DatasetSource) {
    return this.call({ kind: "removed", key: datasetKey(source) });
  }
  /** Resolves once searches look at summaries, quotes and evidence too. */
  prepareSearch(source: DatasetSource) {
    return this.call({ kind: "prepare-search", key: datasetKey(source) });
  }
  search(source: DatasetSource, query: string) {
    return this.call({ kind: "search", key: datasetKey(source), query });
  }
}
