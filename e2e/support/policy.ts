import type { Page } from "@playwright/test";

/**
 * Serves the app's pages as a deployment whose config.json lists `origin` in dataOrigins would
 * be built: with that site in the Content-Security-Policy's connect-src, in the <meta> tag and the
 * header alike (the build writes the policy from config.json).
 */
export async function allowInPolicy(page: Page, origin: string): Promise<void> {
  const widen = (policy: string) =>
    policy.replace("connect-src 'self'", `connect-src 'self' ${origin}`);
  await page.route(/\/(embed|index)\.html(\?|$)|\/(\?|$)/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    const csp = headers["content-security-policy"];
    if (csp) headers["content-security-policy"] = widen(csp);
    const body = (await response.text()).replace(
      "connect-src &#39;self&#39;",
      `connect-src &#39;self&#39; ${origin}`,
    );
    await route.fulfill({ response, headers, body });
  });
}
