/**
 * Build help: the code both pages (the explorer and the embed) import statically, from their
 * entries down, goes into one chunk. Left to itself the bundler splits off every module that a
 * lazily loaded part also imports (a few hundred bytes each: the topics, the date formats…), and
 * each small file costs its own request and compresses worse, though the pages fetch them all
 * before the first draw anyway.
 */

/** What the bundler tells of a module (rolldown's ModuleInfo, the fields used here). */
interface ModuleGraphInfo {
  importedIds: readonly string[];
  code: string | null;
}
interface GraphContext {
  getModuleInfo(id: string): ModuleGraphInfo | null;
}

/**
 * Imported statically, but left out: the data contract's checks (zod) are imported by modules the
 * pages import for other exports (the dataset's barrel, its error classes), and the bundler
 * drops them from the pages as unused; taken into the group, their schemas would be built, and
 * downloaded, before the first draw.
 */
const LEFT_OUT = /\bfrom\s*["']zod(\/[\w/-]+)?["']/;

/** The bundler's own helpers, which every page needs first: with the rest, not a file apart. */
const BUNDLER_RUNTIME = "\0rolldown/runtime.js";

/** Every module `entry` imports statically, directly or not, itself included (see LEFT_OUT). */
export function staticallyReached(entry: string, graph: GraphContext): Set<string> {
  const reached = new Set<string>();
  const stack = [entry];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (reached.has(id)) continue;
    const info = graph.getModuleInfo(id);
    if (!info) throw new Error(`first-draw-chunk: the bundler does not know the module ${id}`);
    if (info.code !== null && LEFT_OUT.test(info.code)) continue;
    reached.add(id);
    stack.push(...info.importedIds);
  }
  return reached;
}

/**
 * A chunk-naming function for rolldown's `codeSplitting.groups`: `name` for every module that
 * all of `entries` import statically, nothing (automatic splitting) for the rest.
 */
export function sharedStaticChunk(name: string, entries: readonly string[]) {
  const shared = new WeakMap<GraphContext, Set<string>>();
  return (id: string, graph: GraphContext): string | null => {
    let modules = shared.get(graph);
    if (!modules) {
      const [first, ...rest] = entries.map((entry) => staticallyReached(entry, graph));
      modules = new Set([...(first ?? [])].filter((m) => rest.every((r) => r.has(m))));
      shared.set(graph, modules);
    }
    return modules.has(id) || id === BUNDLER_RUNTIME ? name : null;
  };
}
