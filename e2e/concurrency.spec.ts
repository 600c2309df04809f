// SQLite has one writer at a time: many saves arriving together must queue
// (busy timeout, serialized transactions), never fail with "database is locked".
// The 50 saves are real ones: a reader highlights 50 sentences with the
// keyboard while the browser's action requests are recorded, then all 50 are
// sent at once for a second reader (e2e/helpers/recorded-actions.ts).
import { test, expect, waitForHydration } from "./helpers/fixtures";
import { signUp, uniqueEmail } from "./helpers/auth";
import { recordActions, replayAction, sessionCookieHeader } from "./helpers/recorded-actions";

const COUNT = 50;

test("50 createHighlights calls at once from one user all succeed and are all stored", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await signUp(page, "en", uniqueEmail("burst-source"));
  await page.goto("/en/texts/ai-limits");
  await waitForHydration(page);

  // 50 sentences, both languages, highlighted one by one with H.
  const sentences = page.locator("[data-sentence]");
  expect(await sentences.count()).toBeGreaterThanOrEqual(COUNT);
  const recorder = recordActions(page);
  for (let i = 0; i < COUNT; i++) {
    await sentences.nth(i).focus();
    await page.keyboard.press("h");
    await expect(sentences.nth(i).locator("mark[data-highlight-id]:not([data-highlight-id^='tmp-'])")).toHaveCount(1);
  }
  const creates = await recorder.stop();
  expect(creates).toHaveLength(COUNT);
  expect(new Set(creates.map((c) => c.id)).size, "one action, 50 requests").toBe(1);

  // A second reader sends all 50 at once.
  const other = await browser.newContext();
  await signUp(await other.newPage(), "en", uniqueEmail("burst"));
  const cookie = sessionCookieHeader(await other.cookies());
  const responses = await Promise.all(creates.map((c) => replayAction(c, { cookie })));
  for (const [i, res] of responses.entries()) {
    expect(res.status, `response ${i}`).toBe(200);
    expect(res.text, `response ${i}`).not.toMatch(/database is locked|SQLITE_BUSY/i);
    expect(res.text, `response ${i}`).toMatch(/"ok":true/);
  }

  const api = await fetch(`${baseURL}/api/texts/ai-limits/annotations`, { headers: { cookie } });
  expect(api.status).toBe(200);
  const stored = (await api.json()) as { highlights: Array<{ paragraphId: string; lang: string; start: number; end: number }> };
  expect(stored.highlights).toHaveLength(COUNT);
  // Exactly the 50 sentences the first reader highlighted, each once.
  const mine = await (await fetch(`${baseURL}/api/texts/ai-limits/annotations`, { headers: { cookie: sessionCookieHeader(await page.context().cookies()) } })).json();
  const key = (h: { paragraphId: string; lang: string; start: number; end: number }) => `${h.paragraphId}/${h.lang}/${h.start}-${h.end}`;
  expect(new Set(stored.highlights.map(key))).toEqual(new Set((mine as typeof stored).highlights.map(key)));
  await other.close();
});
