import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../../scripts/generate-dataset.ts";
import { buildEventIndex } from "../../../dataset/event-index/index.ts";
import { buildEventSearch } from "../../filters/model/search-index.ts";
import { builtStore } from "./index-store.ts";
import { createSearchStore } from "./search-store.ts";

const generated = generateDataset(2500, 11);
const { articles } = generated;
// A word only a summary (of an event in the second chunk) holds: no title or name has it.
const WORD = "quixotically";
const events = {
  ...generated.events,
  events: generated.events.events.map((e, i) =>
    i === 1700 ? { ...e, summary: `${e.summary} It went quixotically.` } : e,
  ),
};
const noPause = () => Promise.resolve();

describe("the worker's search", () => {
  it("answers from titles and actors at once, and from everything once prepared", async () => {
    const search = createSearchStore(builtStore(buildEventIndex(events, articles)), noPause);
    const word = WORD;
    const full = buildEventSearch(events.events);

    const early = search.search(word);
    expect(early.complete).toBe(false);
    expect(early.hits.size).toBe(0);
    const title = events.events[0]?.title.split(" ")[0] ?? "";
    expect(search.search(title).hits.size).toBeGreaterThan(0);

    await search.prepare();
    const late = search.search(word);
    expect(late.complete).toBe(true);
    expect(late.hits).toEqual(full.search(word));
    expect(late.hits.size).toBeGreaterThan(0);
  });

  it("prepares once, and tries again after a failure", async () => {
    const store = builtStore(buildEventIndex(events, articles));
    let failures = 1;
    let reads = 0;
    const flaky = {
      ...store,
      events: (n: number) => {
        reads += 1;
        if (failures-- > 0) return Promise.reject(new Error("details/events-000.json: offline"));
        return store.events(n);
      },
    };
    const search = createSearchStore(flaky, noPause);
    await expect(search.prepare()).rejects.toThrow("offline");
    await Promise.all([search.prepare(), search.prepare()]);
    expect(reads).toBe(1 + store.head.chunks.events.length);
    expect(search.search("zzzz").complete).toBe(true);
  });
});
