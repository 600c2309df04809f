import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test, expect } from "./helpers/fixtures";
import { messages } from "./helpers/i18n";
import { signUp, uniqueEmail } from "./helpers/auth";

// Two `next start` processes on one PostgreSQL database behave as one app:
// the servers keep no state that matters. Only in the PostgreSQL suite
// (npm run test:postgres), which starts the second server on the next port.
// Cookies are scoped by host, not port, so one browser context is one user
// moving between servers, as behind a load balancer.

const A = process.env.E2E_BASE_URL ?? "";
const B = process.env.E2E_SECOND_URL ?? "";
const t = messages("en");

test.skip(!B, "needs the second server of the PostgreSQL suite");

const signedIn = (page: Page) => page.getByRole("button", { name: t.Nav.signOut });
const signInLink = (page: Page) => page.getByRole("banner").getByRole("link", { name: t.Nav.signIn, exact: true });

async function userOn(browser: Browser): Promise<{ context: BrowserContext; page: Page; email: string }> {
  const context = await browser.newContext({ baseURL: A });
  const page = await context.newPage();
  const email = await signUp(page, "en", uniqueEmail("two-servers"));
  return { context, page, email };
}

test("a session made on one server works on the other, and a sign-out on either ends it on both", async ({ browser, baseURL }) => {
  expect(baseURL).toBe(A);
  const { context, page } = await userOn(browser);
  await page.goto(`${B}/en/import`);
  await expect(signedIn(page)).toBeVisible();
  // Both servers have just verified the cookie, so both remember it (lib/session-memo.ts).
  await page.goto(`${A}/en/import`);
  await expect(signedIn(page)).toBeVisible();
  const cookies = await context.cookies();

  await page.goto(`${B}/en`);
  await signedIn(page).click();
  await expect(signInLink(page)).toBeVisible();
  // The menu turns to "Sign in" at the click; the sign-out has run on B once its answer cleared the cookie.
  await expect.poll(async () => (await context.cookies()).some((c) => c.name.endsWith("better-auth.session_token"))).toBe(false);

  // The old cookie, replayed on the server that did not sign it out, is no longer a session.
  const replay = await browser.newContext({ baseURL: A });
  await replay.addCookies(cookies);
  const again = await replay.newPage();
  await again.goto(`${A}/en`);
  await expect(signInLink(again)).toBeVisible();
  await again.goto(`${A}/en/import`);
  await expect(again.getByRole("link", { name: t.Import.signInNeeded })).toBeVisible();
  await replay.close();
  await context.close();
});

test("a failed sign-in on one server slows the next attempt on the other", async ({ browser }) => {
  const { context, email } = await userOn(browser);
  await context.close();
  const stranger = await browser.newContext();
  const [onA, onB] = [await stranger.newPage(), await stranger.newPage()];
  for (const [page, server] of [[onA, A], [onB, B]] as const) {
    await page.goto(`${server}/en/sign-in`);
    await page.getByLabel(t.Auth.email).fill(email);
    await page.getByLabel(t.Auth.password).fill("wrong password, twice");
  }
  await onA.getByRole("button", { name: t.Auth.signIn, exact: true }).click();
  await expect(onA.getByText(t.Auth.errors.invalidCredentials)).toBeVisible();
  // At once, on the other server: the account's 1 s delay, counted in the shared database, applies there too.
  await onB.getByRole("button", { name: t.Auth.signIn, exact: true }).click();
  await expect(onB.getByText(/^Too many attempts\. Wait \d+ seconds?, then try again\.$/)).toBeVisible();
  await stranger.close();
});

test("a text imported on one server is in the library and the reader on the other", async ({ browser }) => {
  const { context, page } = await userOn(browser);
  const title = `Two servers ${Date.now().toString(36)}`;
  await page.goto(`${A}/en/import`);
  await page.getByLabel(t.Import.textTitle).fill(title);
  await page.getByRole("textbox", { name: t.Import.chineseSide }).fill("第一段是开头。今天的天气很好。\n\n第二段是结尾。谢谢大家。");
  await page.getByRole("textbox", { name: t.Import.englishSide }).fill("The first paragraph is the opening. The weather is fine today.\n\nThe second paragraph is the ending. Thank you all.");
  await page.getByRole("button", { name: t.Import.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(2);
  await page.getByRole("button", { name: t.Import.save }).click();
  await expect(page).toHaveURL(/\/en\/texts\/two-servers-/);
  const path = new URL(page.url()).pathname;

  await page.goto(`${B}/en`);
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await page.goto(`${B}${path}`);
  await expect(page.locator("[data-pair]")).toHaveCount(2);
  await context.close();
});
