// The limits with their production settings, each on a server of its own
// started from the e2e build (the suite's server raises the sign-up limit,
// since every test signs up from 127.0.0.1): sign-ups per client, counters
// that survive a restart, TRUST_PROXY, and the global ceiling.
import type { Browser } from "@playwright/test";
import { test, expect } from "./helpers/fixtures";
import { messages } from "./helpers/i18n";
import { signIn, signUp, uniqueEmail } from "./helpers/auth";
import { migrate, startNextServer, tempDatabase, type NextServer } from "./helpers/next-server";
import { recordActions, replayAction, withFormField, type RecordedAction, type ReplayResponse } from "./helpers/recorded-actions";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const en = messages("en");
const INCORRECT = en.Auth.errors.invalidCredentials;
const SIGN_UP_LIMITED = en.Auth.errors.signUpRateLimited.split("{")[0];
const GLOBAL_CEILING = 25;

const signedIn = (r: ReplayResponse) => /better-auth\.session_token=[^;]+/.test(String(r.headers["set-cookie"] ?? ""));
const waitSeconds = (r: ReplayResponse) => Number(/Wait (\d+) seconds?, then try again/.exec(r.text)?.[1] ?? NaN);
let nextClient = 1;
const newClient = () => `127.0.${200 + Math.floor(nextClient / 250)}.${(nextClient++ % 250) + 1}`;

async function serverWith(db: { url: string }, env: Record<string, string> = {}): Promise<NextServer> {
  return startNextServer({ databaseUrl: db.url, env: { NEXT_DIST_DIR: process.env.E2E_DIST_DIR!, SIGN_IN_FAILURES_PER_MINUTE: String(GLOBAL_CEILING), ...env } });
}

/** Signs a user up on `server` in the browser and records that sign-up and a later correct sign-in. */
async function record(browser: Browser, server: NextServer): Promise<{ email: string; signUp: RecordedAction; signIn: RecordedAction }> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  let recorder = recordActions(page);
  const email = await signUp(page, "en", uniqueEmail("limits"));
  const [up] = await recorder.stop();
  await context.clearCookies();
  recorder = recordActions(page);
  await signIn(page, "en", email);
  await expect(page.getByRole("button", { name: en.Nav.signOut })).toBeVisible({ timeout: 30_000 });
  const [inn] = await recorder.stop();
  await context.close();
  return { email, signUp: up, signIn: inn };
}

const signUpAs = (action: RecordedAction, client: string) =>
  replayAction(action, { body: withFormField(action, "_email", uniqueEmail("limit-up")), localAddress: client });

function signInAs(action: RecordedAction, client: string, email: string, headers?: Record<string, string>) {
  const body = withFormField({ ...action, body: withFormField(action, "_password", "not the password 9") }, "_email", email);
  return replayAction(action, { body, localAddress: client, headers });
}

test.describe("default limits", () => {
  let db: ReturnType<typeof tempDatabase>;
  let server: NextServer;
  let recorded: Awaited<ReturnType<typeof record>>;
  const crowded = newClient();

  test.beforeAll(async ({ browser }) => {
    db = tempDatabase("reader-limits-");
    migrate(db.url);
    server = await serverWith(db);
    recorded = await record(browser, server);
  });
  test.afterAll(async () => {
    await server?.stop();
    db?.cleanup();
  });

  test("one client may create 10 accounts an hour, then gets a localized refusal; another client is not affected", async () => {
    for (let i = 1; i <= 10; i++) expect(signedIn(await signUpAs(recorded.signUp, crowded)), `sign-up ${i}`).toBe(true);
    const refused = await signUpAs(recorded.signUp, crowded);
    expect(signedIn(refused)).toBe(false);
    expect(refused.text).toContain(SIGN_UP_LIMITED);
    expect(signedIn(await signUpAs(recorded.signUp, newClient()))).toBe(true);
  });

  test("the counters are in the database: a restarted server still knows them", async () => {
    await server.stop();
    server = await serverWith(db);
    // The replays carry the old server's URL: point them at the new one.
    const moved = { ...recorded.signUp, url: recorded.signUp.url.replace(/^http:\/\/[^/]+/, server.url), headers: { ...recorded.signUp.headers, origin: server.url } };
    const refused = await signUpAs(moved, crowded);
    expect(refused.text).toContain(SIGN_UP_LIMITED);
    recorded.signUp = moved;
    recorded.signIn = { ...recorded.signIn, url: recorded.signIn.url.replace(/^http:\/\/[^/]+/, server.url), headers: { ...recorded.signIn.headers, origin: server.url } };
  });

  test(`past ${GLOBAL_CEILING} failed sign-ins in a minute, every sign-in waits for the next minute`, async () => {
    // Start early in a minute, so the ceiling's minute does not roll over mid-test.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 30_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    for (let i = 0; i < GLOBAL_CEILING; i++) {
      const r = await signInAs(recorded.signIn, newClient(), uniqueEmail(`global${i}`));
      expect(r.text, `failure ${i + 1}`).toContain(INCORRECT);
    }
    // A fresh client and a fresh email: refused only because of the ceiling.
    const refused = await signInAs(recorded.signIn, newClient(), uniqueEmail("global-late"));
    expect(waitSeconds(refused)).toBeGreaterThan(0);
    expect(waitSeconds(refused)).toBeLessThanOrEqual(60);
  });
});

test.describe("TRUST_PROXY=1", () => {
  let db: ReturnType<typeof tempDatabase>;
  let server: NextServer;
  let recorded: Awaited<ReturnType<typeof record>>;

  test.beforeAll(async ({ browser }) => {
    db = tempDatabase("reader-proxy-");
    migrate(db.url);
    server = await serverWith(db, { TRUST_PROXY: "1" });
    recorded = await record(browser, server);
  });
  test.afterAll(async () => {
    await server?.stop();
    db?.cleanup();
  });

  test("the client is the address the proxy appended to X-Forwarded-For, not the socket", async () => {
    // Every request comes from one socket address, as through a proxy.
    const proxy = newClient();
    const forwarded = (address: string) => ({ "x-forwarded-for": `10.0.0.1, ${address}` });
    for (let i = 0; i <= 10; i++) {
      const r = await signInAs(recorded.signIn, proxy, uniqueEmail(`proxied${i}`), forwarded("198.51.100.20"));
      expect(r.text, `failure ${i + 1}`).toContain(INCORRECT);
    }
    const fresh = uniqueEmail("proxied-fresh");
    expect(waitSeconds(await signInAs(recorded.signIn, proxy, fresh, forwarded("198.51.100.20")))).toBeGreaterThanOrEqual(1);
    // Another client behind the same proxy is not slowed.
    expect((await signInAs(recorded.signIn, proxy, fresh, forwarded("198.51.100.21"))).text).toContain(INCORRECT);
  });
});
