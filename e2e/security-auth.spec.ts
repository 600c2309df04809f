// Accounts under attack: sign-in slows down but never locks the owner out,
// per client and per account; sign-up timing does not tell who has an
// account; weak passwords are refused; sign-out and expiry are immediate;
// and the forms keep what the user typed.
//
// Attempts are the browser's own sign-in and sign-up requests, recorded and
// replayed from Node (e2e/helpers/recorded-actions.ts), each test from its
// own loopback address so the per-client counters of different tests (and
// the browser's, from 127.0.0.1) never meet.
import type { Browser } from "@playwright/test";
import { test, expect, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./helpers/auth";
import { recordActions, replayAction, sessionCookieHeader, withFormField, type RecordedAction, type ReplayResponse } from "./helpers/recorded-actions";
import { userIdOf, userRows, writeDb } from "./helpers/db-snapshot";
import { recordHighlight } from "./helpers/record-highlight";

test.describe.configure({ timeout: 120_000 });

const en = messages("en");
const INCORRECT = en.Auth.errors.invalidCredentials;

/** A distinct client address per call (127.0.0.0/8 is all loopback on Linux). */
let nextClient = 10 + (process.pid % 40) * 5;
const newClient = () => `127.0.${Math.floor(nextClient / 250) + 1}.${(nextClient++ % 250) + 1}`;

/** Signs up a user, then records that user's own (correct) sign-in from a fresh browser context. */
async function recordedSignIn(browser: Browser, prefix: string): Promise<{ email: string; action: RecordedAction }> {
  const setup = await browser.newContext();
  const email = await signUp(await setup.newPage(), "en", uniqueEmail(prefix));
  await setup.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = recordActions(page);
  await signIn(page, "en", email, PASSWORD);
  await expect(page.getByRole("button", { name: en.Nav.signOut })).toBeVisible({ timeout: 30_000 });
  const [action] = await recorder.stop();
  await context.close();
  return { email, action };
}

function attempt(action: RecordedAction, client: string, fields: { email?: string; password: string }, headers?: Record<string, string>) {
  let body = withFormField({ ...action }, "_password", fields.password);
  if (fields.email) body = withFormField({ ...action, body }, "_email", fields.email);
  return replayAction(action, { body, localAddress: client, headers });
}

const signedIn = (r: ReplayResponse) => /better-auth\.session_token=[^;]+/.test(String(r.headers["set-cookie"] ?? ""));
const waitSeconds = (r: ReplayResponse) => Number(/Wait (\d+) seconds?, then try again/.exec(r.text)?.[1] ?? NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("sign-in slows down with each failure, and the right password works once the delay has passed", async ({ browser, page }) => {
  const { email, action } = await recordedSignIn(browser, "slowed");
  const client = newClient();
  const delays: number[] = [];
  // Each failure doubles the wait; an attempt inside the wait is refused without being counted.
  for (let failure = 1; failure <= 3; failure++) {
    const wrong = await attempt(action, client, { password: `wrong password ${failure}` });
    expect(wrong.text).toContain(INCORRECT);
    const early = await attempt(action, client, { password: PASSWORD });
    expect(signedIn(early), "the right password inside the delay").toBe(false);
    const wait = waitSeconds(early);
    delays.push(wait);
    await sleep(wait * 1000 + 100);
  }
  expect(delays).toEqual([1, 2, 4]);
  // After the delay: the right password works (and clears the account's count).
  const right = await attempt(action, client, { password: PASSWORD });
  expect(signedIn(right), right.text.slice(0, 300)).toBe(true);
  const again = await attempt(action, client, { password: PASSWORD });
  expect(signedIn(again)).toBe(true);
  console.log(`sign-in delays after 1, 2, 3 failures: ${delays.join(" s, ")} s`);

  // The browser too, from its own address: the owner gets in after the account's delay.
  await attempt(action, client, { password: "wrong again" });
  await sleep(1100);
  await signIn(page, "en", email, PASSWORD);
  await expect(page.getByRole("button", { name: en.Nav.signOut })).toBeVisible({ timeout: 30_000 });
});

test("one client trying many emails is slowed after its free failures; another client is not, and X-Forwarded-For does not help", async ({
  browser,
}) => {
  const { action } = await recordedSignIn(browser, "per-client");
  const client = newClient();
  const free = 10;
  for (let i = 0; i <= free; i++) {
    const r = await attempt(action, client, { email: uniqueEmail(`spray${i}`), password: "guess 1234 xyz" });
    expect(r.text, `email ${i + 1}`).toContain(INCORRECT);
  }
  // The 12th email, right away: this client waits, though the email was never tried.
  const fresh = uniqueEmail("spray-fresh");
  const slowed = await attempt(action, client, { email: fresh, password: "guess 1234 xyz" });
  expect(waitSeconds(slowed)).toBeGreaterThanOrEqual(1);
  // A forged forwarded address is ignored (TRUST_PROXY is not set): still the same client.
  const forged = await attempt(action, client, { email: fresh, password: "guess 1234 xyz" }, { "x-forwarded-for": "203.0.113.77" });
  expect(waitSeconds(forged)).toBeGreaterThanOrEqual(1);
  // Another client, the same email: checked normally.
  const other = await attempt(action, newClient(), { email: fresh, password: "guess 1234 xyz" });
  expect(other.text).toContain(INCORRECT);
});

test("sign-up takes as long for an existing email as for a new one (median of 20 each, within 25%)", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = recordActions(page);
  const existing = await signUp(page, "en", uniqueEmail("timing-existing"));
  const [action] = await recorder.stop();
  await context.close();
  const client = newClient();
  const times = { existing: [] as number[], fresh: [] as number[] };
  for (let i = 0; i < 21; i++) {
    const taken = await replayAction(action, { body: withFormField(action, "_email", existing), localAddress: client });
    expect(taken.text).toContain(en.Auth.errors.emailTaken);
    const created = await replayAction(action, { body: withFormField(action, "_email", uniqueEmail("timing-new")), localAddress: client });
    expect(signedIn(created), created.text.slice(0, 300)).toBe(true);
    // The first pair warms the code paths up.
    if (i > 0) {
      times.existing.push(taken.ms);
      times.fresh.push(created.ms);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [a, b] = [median(times.existing), median(times.fresh)];
  console.log(`sign-up median of 20: existing email ${a.toFixed(0)} ms, new email ${b.toFixed(0)} ms (ratio ${(a / b).toFixed(2)})`);
  expect(Math.abs(a - b) / Math.max(a, b)).toBeLessThan(0.25);
});

for (const locale of LOCALES) {
  const t = messages(locale).Auth;

  test(`weak and over-long passwords are refused with the rule they break, and the email stays (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/sign-up`);
    await waitForHydration(page, ".auth-form input[name=email]");
    const email = uniqueEmail("li.wei");
    const local = email.split("@")[0];
    const cases: Array<[string, string]> = [
      ["12345678", t.errors.passwordTooCommon],
      ["password", t.errors.passwordTooCommon],
      ["        ", t.errors.passwordOnlySpaces],
      [email, t.errors.passwordContainsEmail],
      [`my ${local} pass`, t.errors.passwordContainsEmail],
      ["short", t.errors.passwordShort],
      ["x".repeat(129), t.errors.passwordTooLong],
    ];
    for (const [password, message] of cases) {
      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password).fill(password);
      await page.getByRole("button", { name: t.signUp, exact: true }).click();
      await expect(page.locator(".auth-form .field-hint"), JSON.stringify(password)).toHaveText(message);
      // What the user typed is kept, except the password.
      await expect(page.getByLabel(t.email)).toHaveValue(email);
      await expect(page.getByLabel(t.password)).toHaveValue("");
    }
    await expect(page.getByRole("button", { name: messages(locale).Nav.signOut })).toHaveCount(0);

    // Sign-in states the same length rule, and keeps the email after a wrong password.
    await page.goto(`/${locale}/sign-in`);
    await waitForHydration(page, ".auth-form input[name=email]");
    await page.getByLabel(t.email).fill(email);
    await page.getByLabel(t.password).fill("x".repeat(129));
    await page.getByRole("button", { name: t.signIn, exact: true }).click();
    await expect(page.locator(".auth-form .field-hint")).toHaveText(t.errors.passwordTooLong);
    await expect(page.getByLabel(t.email)).toHaveValue(email);
    await page.getByLabel(t.password).fill("not the password");
    await page.getByRole("button", { name: t.signIn, exact: true }).click();
    await expect(page.locator(".auth-form [role=alert]")).toHaveText(t.errors.invalidCredentials);
    await expect(page.getByLabel(t.email)).toHaveValue(email);
  });
}

test("a wrong password and an unknown email get the same answer", async ({ page, browser }) => {
  const setup = await browser.newContext();
  const email = await signUp(await setup.newPage(), "en", uniqueEmail("known"));
  await setup.close();
  await signIn(page, "en", email, "wrong password 1");
  // The form's own alert (Next's route announcer is a role="alert" too).
  const alert = page.locator(".auth-form [role=alert]");
  await expect(alert).toHaveText(INCORRECT);
  await signIn(page, "en", uniqueEmail("nobody"), "wrong password 1");
  await expect(alert).toHaveText(INCORRECT);
  await expect(page.getByRole("button", { name: en.Nav.signOut })).toHaveCount(0);
});

/** GETs a path with exactly this cookie, from Node (no browser cache, no cookies of its own). */
async function status(baseURL: string, path: string, cookie: string): Promise<number> {
  const res = await fetch(baseURL + path, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  return res.status;
}

test("after sign-out the old cookie is refused at once, by the APIs and by actions", async ({ page, baseURL }) => {
  await signUp(page, "en");
  const cookie = sessionCookieHeader(await page.context().cookies());
  // Record a highlight, so there is an action to replay with the dead cookie.
  const create = await recordHighlight(page, '[data-pair="1"] [lang="en"] [data-sentence="1.0"]');

  // Warm every cache: the memo now knows this cookie.
  for (const path of ["/api/export/json", "/api/review/notes"]) expect(await status(baseURL!, path, cookie)).toBe(200);

  const signOut = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await page.getByRole("button", { name: en.Nav.signOut }).click();
  await signOut;
  const signedOutAt = performance.now();
  expect(await status(baseURL!, "/api/export/json", cookie)).toBe(401);
  const refusedAfter = performance.now() - signedOutAt;
  expect(await status(baseURL!, "/api/review/notes", cookie)).toBe(401);
  const replayed = await replayAction(create, { cookie });
  expect(replayed.text).toContain(en.Annotations.errors.unauthenticated);
  console.log(`sign-out to first refusal of the old cookie: ${refusedAfter.toFixed(0)} ms`);
});

test("a session past its expiresAt is refused at once, even though it was just used", async ({ page, baseURL }) => {
  const email = await signUp(page, "en");
  const userId = userIdOf(email);
  const cookie = sessionCookieHeader(await page.context().cookies());
  const create = await recordHighlight(page, '[data-pair="2"] [lang="en"] [data-sentence="2.0"]');
  expect(await status(baseURL!, "/api/export/json", cookie)).toBe(200);
  const before = userRows(userId);

  // The session expires (as if its 30 days had passed) while the memo still holds it.
  const past = new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00");
  expect(writeDb(`UPDATE "session" SET "expiresAt" = ? WHERE "userId" = ?`, past, userId)).toBe(1);
  expect(await status(baseURL!, "/api/export/json", cookie)).toBe(401);
  const replayed = await replayAction(create, { cookie });
  expect(replayed.text).toContain(en.Annotations.errors.unauthenticated);
  expect(userRows(userId)).toEqual(before);
});
