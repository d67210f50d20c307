import { serializeViewState, type ViewState } from "../../../lib/url-state.ts";

/**
 * The full explorer on the same view: index.html beside the embed page, with every parameter but
 * the caption (which belongs to the embedding page), so a reader can carry on where the embed
 * stops. `embedPage` is the embed's own URL.
 */
export function explorerUrl(view: ViewState, embedPage: string): string {
  return new URL(`./${serializeViewState({ ...view, title: undefined })}`, embedPage).href;
}
