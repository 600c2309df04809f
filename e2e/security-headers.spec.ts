// Every response carries the security headers (proxy.ts, lib/security/headers.ts),
// no page of the app breaks its own Content-Security-Policy, and no other
// site can frame it. Inline scripts run only with this response's nonce
// (pages rendered per request) or by the sha256 of their exact text (the
// boot scripts, and every inline script of a cached page:
// lib/security/static-page-cache.js); never 'unsafe-inline'.
import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, waitForHydration } from "./helpers/fixtures";
import { messages } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";

const EXPECTED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], `${name} on ${what}`).toBe(value);
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(permissions, what).toContain(`${feature}=()`);
  const csp = directives(headers["content-security-policy"] ?? "");
  expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(csp.get("object-src"), what).toEqual(["'none'"]);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts[0], what).toBe("'self'");
  expect(scripts.slice(1).every((s) => /^'(nonce|sha256)-[A-Za-z0-9+/=]{16,}'$/.test(s)), `${what}: ${scripts.join(" ")}`).toBe(true);
  expect(scripts.filter((s) => s.startsWith("'nonce-")).length, `${what}: at most one nonce`).toBeLessThanOrEqual(1);
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("'unsafe-inline'");
  return scripts.find((s) => s.startsWith("'nonce-"));
}

const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1], body: m[2] }));
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

test("pages, API answers, static files, redirects and 404s all carry the security headers", async ({ request, page }) => {
  const paths = [
    "/en",
    "/zh/texts/ai-limits",
    "/en/sign-in",
    "/en/no-such-page",
    "/en/texts/%E4%BA",
    "/api/texts/ai-limits/annotations",
    "/api/export/json",
    "/api/no-such-route",
    "/icon.svg",
  ];
  for (const path of paths) {
    const res = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(res.headers(), path);
  }
  // The locale redirect of "/" too.
  const root = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "zh" } });
  expect(root.status()).toBe(307);
  expectSecurityHeaders(root.headers(), "/ (redirect)");

  // The page's scripts and stylesheets, and a server action's answer.
  const assets: Array<{ url: string; headers: Record<string, string> }> = [];
  page.on("response", (r) => {
    if (r.url().includes("/_next/static/")) assets.push({ url: r.url(), headers: r.headers() });
  });
  // The health page measures round trips through an empty server action as soon as it loads.
  const action = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await page.goto("/en/health");
  expectSecurityHeaders((await action).headers(), "a server action's answer");
  expect(assets.length).toBeGreaterThan(0);
  for (const a of assets) expectSecurityHeaders(a.headers, a.url);
});

test("a page rendered per request gets its own nonce, and every inline script carries it or is a boot script", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const res = await request.get("/en/sign-in");
    const headers = res.headers();
    const nonce = expectSecurityHeaders(headers, "/en/sign-in")!.slice("'nonce-".length, -1);
    const hashes = directives(headers["content-security-policy"]).get("script-src")!.filter((s) => s.startsWith("'sha256-"));
    nonces.add(nonce);
    const inline = inlineScripts(await res.text());
    expect(inline.length).toBeGreaterThan(2);
    // The layout's two boot scripts are the same text on every page, allowed by hash; Next's own carry the nonce.
    expect(inline.filter((s) => !s.attrs.includes(`nonce="${nonce}"`)).map((s) => sha256(s.body)).sort()).toEqual([...hashes].sort());
  }
  expect(nonces.size).toBe(3);
});

test("a cached page lists exactly the hashes of its own inline scripts, and no nonce", async ({ request }) => {
  for (const path of ["/en", "/zh", "/en/texts/ai-limits", "/en/texts/no-such-text"]) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(expectSecurityHeaders(headers, path), `${path}: a nonce in cached HTML would be the same for everyone`).toBeUndefined();
    const html = await res.text();
    expect(html).not.toMatch(/\snonce="/);
    const allowed = directives(headers["content-security-policy"]).get("script-src")!.slice(1);
    const inline = inlineScripts(html);
    expect(inline.length).toBeGreaterThan(2);
    expect([...new Set(inline.map((s) => sha256(s.body)))].sort(), path).toEqual([...allowed].sort());
  }
});

/** Collects CSP violations a page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

test("no page reports a CSP violation, signed out or in, in both languages", async ({ page }) => {
  test.setTimeout(120_000);
  const console = await watchViolations(page);
  const visit = async (path: string) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const found = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect(found, `CSP violations on ${path}`).toEqual([]);
  };
  for (const path of ["/en", "/zh", "/en/texts/ai-limits", "/en/sign-in", "/zh/sign-up", "/en/no-such-page", "/en/health"]) await visit(path);
  await signUp(page, "en");
  const a = messages("en").Annotations;
  await visit("/en/texts/ai-limits");
  await waitForHydration(page);
  await selectText(page, '[data-pair="0"] [lang="en"] [data-sentence="0.0"]', 0, 8);
  await page.getByRole("toolbar", { name: a.toolbarLabel }).getByRole("button", { name: a.highlight, exact: true }).click();
  await expect(page.locator("mark[data-highlight-id]:not([data-highlight-id^='tmp-'])")).toHaveCount(1);
  for (const path of ["/zh/texts/ai-limits", "/en/review", "/zh/review/study", "/en/import", "/zh", "/en/health"]) await visit(path);
  expect(console).toEqual([]);
  // The time-zone cookie proves the inline boot script ran (allowed by its hash).
  expect((await page.context().cookies()).some((c) => c.name === "tz")).toBe(true);
});

test("another site cannot frame the app, even signed in", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, "en");
  const attacker = "http://attacker.invalid/";
  await page.route(attacker, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><iframe id="victim" src="${baseURL}/en/review"></iframe>` }),
  );
  await page.goto(attacker);
  const frame = () => page.frames().find((f) => f !== page.mainFrame());
  // Chromium replaces a frame refused by frame-ancestors with its own error page.
  await expect.poll(() => frame()?.url()).toMatch(/^chrome-error:/);
  expect(await frame()!.locator("h1", { hasText: messages("en").Review.title }).count()).toBe(0);
  // Control: the same page opened directly is the signed-in notes page.
  await page.goto("/en/review");
  await expect(page.locator("h1", { hasText: messages("en").Review.title })).toBeVisible();
  await context.close();
});
