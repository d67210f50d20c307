import { describe, expect, it } from "vitest";
import { httpLink } from "./http-link.ts";

describe("httpLink", () => {
  it.each(["https://example.org/a?b=1#c", "http://example.org/", "HTTPS://EXAMPLE.ORG/x"])(
    "links %s",
    (url) => expect(httpLink(url)).toBe(url),
  );

  it.each([
    "javascript:alert(document.cookie)",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "/relative/path",
    "https://",
    "",
  ])("shows %j as text", (url) => expect(httpLink(url)).toBeUndefined());

  it("has nothing to link without an address", () => expect(httpLink(undefined)).toBeUndefined());
});
