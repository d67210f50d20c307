import path from "node:path";

/**
 * The app's data requests: the contract documents and index.json in `data/`, and the chunks in
 * `data/details/`. Tests and benchmarks answer them from a folder of another dataset.
 */
export const DATA_REQUEST = /\/data\/(?:details\/)?[^/]+\.json(?:\?.*)?$/;

/** The file in `dir` that answers a data request: same name, in the same subfolder. */
export function dataFileFor(dir: string, requestUrl: string): string {
  const { pathname } = new URL(requestUrl);
  const inData = pathname.slice(pathname.lastIndexOf("/data/") + "/data/".length);
  return path.join(dir, ...inData.split("/"));
}
