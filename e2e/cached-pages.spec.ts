// The library and a public text's reader are cached pages, the same HTML for
// everyone (lib/pages/cached-pages.ts). A private text must never reach that
// cache: its owner reads it rendered per request, everyone else gets the
// not-found, before and after the owner opened it, and the cached pages
// never carry anyone's titles, email or marks.
import { test, expect } from "./helpers/fixtures";
import { messages } from "./helpers/i18n";
import { signUp, uniqueEmail } from "./helpers/auth";

const ZH = `秘密花园在城墙后面。只有园丁知道那扇门。`;
const EN = `The secret garden lies behind the city wall. Only the gardener knows that door.`;

test("a private text is never served to anyone else, and the cached pages carry nothing of its owner", async ({ page, browser, request }) => {
  const ti = messages("en").Import;
  const title = `Secret garden ${Date.now().toString(36)}`;
  const email = await signUp(page, "en", uniqueEmail("owner"));
  await page.goto("/en/import");
  await page.getByLabel(ti.textTitle).fill(title);
  await page.getByRole("textbox", { name: ti.chineseSide }).fill(ZH);
  await page.getByRole("textbox", { name: ti.englishSide }).fill(EN);
  await page.getByRole("button", { name: ti.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(1);
  await page.getByRole("button", { name: ti.save }).click();
  await expect(page).toHaveURL(/\/en\/texts\/secret-garden-/);
  const path = new URL(page.url()).pathname;

  // The owner reads it, on a full load as well as after the import's navigation, in both languages.
  for (const locale of ["en", "zh"]) {
    await page.goto(path.replace(/^\/en/, `/${locale}`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  }
  const own = await page.request.get(path);
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toContain("no-store");
  expect(await own.text()).toContain(title);
  // And the library lists it for them, next to the public texts.
  await page.goto("/en");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await expect(page.locator(".user-email")).toHaveText(email);

  // Signed out, after the owner loaded it: the same not-found as for a text that does not exist, twice.
  for (let i = 0; i < 2; i++) {
    const res = await request.get(path);
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain(title);
  }
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  const res = await anonymousPage.goto(path);
  expect(res?.status()).toBe(404);
  await expect(anonymousPage.getByRole("heading", { name: messages("en").NotFound.title })).toBeVisible();
  await expect(anonymousPage.getByText(title)).toHaveCount(0);
  await anonymous.close();

  // Another signed-in user: not-found too, and not in their library.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, "en", uniqueEmail("other"));
  const asOther = await otherPage.goto(path);
  expect(asOther?.status()).toBe(404);
  await expect(otherPage.getByText(title)).toHaveCount(0);
  await otherPage.goto("/en");
  await expect(otherPage.locator(".library-card").first()).toBeVisible();
  await expect(otherPage.getByText(title)).toHaveCount(0);
  await other.close();

  // The cached pages, fetched with the owner's cookie or without any, are the same bytes, with no trace of the owner.
  for (const cached of ["/en", "/zh", "/en/texts/ai-limits"]) {
    const mine = await page.request.get(cached);
    const anyone = await request.get(cached);
    expect(mine.status()).toBe(200);
    const html = await mine.text();
    expect(html, cached).toBe(await anyone.text());
    expect(html, cached).not.toContain(title);
    expect(html, cached).not.toContain(email);
    expect(html, cached).not.toContain("secret-garden-");
  }
});

test("a signed-in reader's marks, menu and reading position come to the cached reader from the browser", async ({ page }) => {
  const email = await signUp(page, "en");
  const viewer = page.waitForResponse((r) => r.url().endsWith("/api/viewer") && r.status() === 200);
  const html = await page.goto("/en/texts/ai-limits");
  expect(html?.headers()["x-nextjs-cache"], "served from the page cache").toMatch(/HIT|STALE|MISS/);
  expect(await (await viewer).json()).toEqual({ user: { email } });
  await expect(page.locator(".user-email")).toHaveText(email);
  await expect(page.getByRole("button", { name: messages("en").Nav.signOut })).toBeVisible();
  // Signing out on the cached page turns the menu back without a reload.
  await page.getByRole("button", { name: messages("en").Nav.signOut }).click();
  await expect(page.getByRole("link", { name: messages("en").Nav.signIn })).toBeVisible();
});

test("a nonce, policy or locale a client sends never reaches a cached route's render", async ({ request }) => {
  // An unknown slug is rendered on the cached route every time (a not-found is never kept), so this render
  // sees the request's headers as a first visitor's would.
  const res = await request.get("/en/texts/no-such-text", {
    headers: { "x-nonce": "clientnonce0123456789", "content-security-policy": "script-src 'nonce-clientnonce0123456789'", "x-next-intl-locale": "zh" },
  });
  expect(res.status()).toBe(404);
  const html = await res.text();
  expect(html).not.toContain("clientnonce0123456789");
  // The English not-found, whatever locale the header claimed.
  expect(html).toContain(messages("en").NotFound.body);
  expect(html).not.toContain(messages("zh").NotFound.body);
});
