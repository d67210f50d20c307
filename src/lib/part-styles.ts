/**
 * What the parts that load after the first draw need besides their code: the style sheet with
 * their utilities (the first draw's sheet holds only its own, see app/index.css). A part is
 * shown once both are in, so it never shows unstyled. Set once by each page's entry; nothing by
 * default (the unit tests, which have no style sheets).
 */
let load: () => Promise<unknown> = () => Promise.resolve();

export function setPartStyles(loader: () => Promise<unknown>): void {
  load = loader;
}

/** Resolves once the parts' style sheet is in (downloaded once; a failure may be tried again). */
export function partStyles(): Promise<unknown> {
  return load();
}
