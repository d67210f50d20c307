import { fetchJson } from "../../../lib/fetch-json.ts";
import { dataUrlProblem } from "../../../lib/data-url.ts";
import { openIndexStore } from "./index-store.ts";
import { createRequestHandler, type RequestMessage } from "./protocol.ts";

/**
 * The dataset worker: fetches, parses and checks the index and its chunks off the main thread
 * (protocol.ts says what it answers), so the page only receives what it draws.
 */
const handle = createRequestHandler((source) =>
  openIndexStore(source, (url, fileName) =>
    fetchJson(url, fileName, undefined, (final) => dataUrlProblem(final, source.scope)?.message),
  ),
);

self.addEventListener("message", (event: MessageEvent<RequestMessage>) => {
  void handle(event.data).then(({ reply, transfer }) => self.postMessage(reply, { transfer }));
});
