import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../../lib/url-state.ts";
import { explorerUrl } from "./explorer-link.ts";

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("explorerUrl", () => {
  it.each<[string, string, Partial<ViewState>, string]>([
    ["the default view", "https://a.org/tl/embed.html", {}, "https://a.org/tl/"],
    [
      "a scoped view, without the caption",
      "https://a.org/tl/embed.html?topics=cyber&title=Cyber",
      { topics: ["cyber"], from: "2013-01-01", to: "2013-12-31", title: "Cyber" },
      "https://a.org/tl/?from=2013-01-01&to=2013-12-31&topics=cyber",
    ],
    [
      "another dataset, which the explorer loads too",
      "https://a.org/embed.html",
      { data: "/other/", event: "evt-2013-x" },
      "https://a.org/?event=evt-2013-x&data=%2Fother%2F",
    ],
  ])("%s", (_name, page, patch, expected) => expect(explorerUrl(view(patch), page)).toBe(expected));
});
