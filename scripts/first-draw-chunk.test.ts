import { describe, expect, it } from "vitest";
import { sharedStaticChunk, staticallyReached } from "./first-draw-chunk.ts";

/** A module graph: each module's static imports, and its code when it matters. */
function graph(modules: Record<string, { imports?: string[]; code?: string }>) {
  return {
    getModuleInfo: (id: string) => {
      const found = modules[id];
      return found ? { importedIds: found.imports ?? [], code: found.code ?? "" } : null;
    },
  };
}

const pages = graph({
  explorer: { imports: ["react", "timeline", "filters-model"] },
  embed: { imports: ["react", "timeline", "host-channel"] },
  react: {},
  timeline: { imports: ["topics", "barrel"] },
  "filters-model": { imports: ["topics"] },
  "host-channel": {},
  topics: {},
  barrel: { imports: ["schema"] },
  schema: { code: 'import * as z from "zod/mini";\nexport const s = z.object({});' },
});

describe("staticallyReached", () => {
  it("follows static imports down, and stops at the contract's checks", () => {
    expect([...staticallyReached("explorer", pages)].sort()).toEqual([
      "barrel",
      "explorer",
      "filters-model",
      "react",
      "timeline",
      "topics",
    ]);
  });

  it("names a module the bundler does not know", () => {
    expect(() => staticallyReached("missing", pages)).toThrow(
      "first-draw-chunk: the bundler does not know the module missing",
    );
  });
});

describe("sharedStaticChunk", () => {
  it("groups what every entry imports, and leaves the rest to the bundler", () => {
    const name = sharedStaticChunk("app", ["explorer", "embed"]);
    expect(name("react", pages)).toBe("app");
    expect(name("topics", pages)).toBe("app");
    expect(name("filters-model", pages)).toBeNull();
    expect(name("host-channel", pages)).toBeNull();
    expect(name("schema", pages)).toBeNull();
  });
});
