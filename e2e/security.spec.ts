// A server action is a public HTTP endpoint. User A works through the app in
// a real browser (highlights, notes, tags, colours, deletes and undo, cards,
// study settings and ratings, an import) while every action request the
// browser sends is recorded (e2e/helpers/recorded-actions.ts). Each request is
// then replayed byte for byte with user B's cookies and with none: A's rows
// must not change at all, and without a session nothing may change anywhere.
import type { Browser, Page } from "@playwright/test";
import { test, expect, waitForHydration } from "./helpers/fixtures";
import { format, messages } from "./helpers/i18n";
import { selectText, signUp, uniqueEmail } from "./helpers/auth";
import { allRows, userIdOf, userRows } from "./helpers/db-snapshot";
import { recordActions, replayAction, sessionCookieHeader, type RecordedAction } from "./helpers/recorded-actions";

test.describe.configure({ timeout: 180_000 });

const en = messages("en");
const a = en.Annotations;
const READER = "/en/texts/ai-limits";
const API = "/api/texts/ai-limits/annotations";

async function newUser(browser: Browser, prefix: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUp(page, "en", uniqueEmail(prefix));
  const cookie = sessionCookieHeader(await context.cookies());
  return { context, page, email, cookie, id: userIdOf(email) };
}

const saved = (page: Page) => expect(page.locator("mark[data-highlight-id^='tmp-']")).toHaveCount(0);

/** A works through every feature that writes; returns the action requests the browser sent. */
async function useEverything(page: Page, userId: string): Promise<RecordedAction[]> {
  const recorder = recordActions(page);
  const toolbar = page.getByRole("toolbar", { name: a.toolbarLabel });
  const panel = page.getByRole("dialog", { name: a.highlightDialog });

  // Reader: highlight, recolour, note with tags, delete the note, note again, delete and undo.
  await page.goto(READER);
  await waitForHydration(page);
  const first = '[data-pair="1"] [lang="en"] [data-sentence="1.0"]';
  await selectText(page, first, 0, 20);
  await toolbar.getByRole("button", { name: a.highlight, exact: true }).click();
  const mark = page.locator(`${first} mark[data-highlight-id]`).first();
  await saved(page);
  await mark.click();
  await panel.getByRole("button", { name: format(a.colorLabel, { color: a.colors.green }) }).click();
  await expect(mark).toHaveClass(/hl-green/);
  await panel.getByRole("textbox", { name: a.note }).fill("A's private note");
  await panel.getByLabel(a.tags).fill("alpha, beta");
  await panel.getByRole("button", { name: a.save }).click();
  await expect(panel.locator(".note-markdown")).toHaveText("A's private note");
  await panel.getByRole("button", { name: a.deleteNote }).click();
  await expect(panel.locator(".note-markdown")).toHaveCount(0);
  await panel.getByRole("textbox", { name: a.note }).fill("A's second note");
  await panel.getByRole("button", { name: a.save }).click();
  await expect(panel.locator(".note-markdown")).toHaveText("A's second note");
  await panel.getByRole("button", { name: a.deleteHighlight }).click();
  await expect(page.locator(`${first} mark[data-highlight-id]`)).toHaveCount(0);
  await page.getByRole("button", { name: a.undo }).click();
  await expect(page.locator(`${first} mark[data-highlight-id]`).first()).toHaveClass(/hl-green/);
  // A second highlight made with a note straight away.
  const second = '[data-pair="2"] [lang="zh-Hans"] [data-sentence="2.0"]';
  await selectText(page, second, 0, 6);
  await toolbar.getByRole("button", { name: a.addNote }).click();
  await saved(page);
  await panel.getByRole("textbox", { name: a.note }).fill("第二条笔记");
  await panel.getByRole("button", { name: a.save }).click();
  await expect(panel.locator(".note-markdown")).toHaveText("第二条笔记");

  // Notes page: the card switches.
  await page.goto("/en/review");
  await waitForHydration(page, ".review-filters input[type=search]");
  const item = page.locator(".review-item").first();
  // The switches show the server's answer, so click and wait for it (check() wants the state to change at once).
  await item.getByLabel(en.Review.reverse).click();
  await expect(item.getByLabel(en.Review.reverse)).toBeChecked();
  await item.getByLabel(en.Review.study).click();
  await expect(item.getByLabel(en.Review.study)).not.toBeChecked();
  await item.getByLabel(en.Review.study).click();
  await expect(item.getByLabel(en.Review.study)).toBeChecked();

  // Study: settings and a rating.
  await page.goto("/en/review/study");
  await waitForHydration(page, ".study-session button");
  await page.locator("summary", { hasText: en.Study.settings }).click();
  await page.getByRole("button", { name: en.Study.saveSettings }).click();
  await expect(page.getByText(en.Study.settingsSaved)).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: en.Study.rate })).toBeVisible();
  await page.keyboard.press("3");
  await expect(page.locator('[data-stat="reviewed-today"] dd')).toHaveText("1");
  await expect
    .poll(async () => ((await (await page.request.get("/api/review/queue")).json()) as { stats: { reviewedToday: number } }).stats.reviewedToday)
    .toBe(1);

  // Import: align and save a private text.
  const t = en.Import;
  await page.goto("/en/import");
  await page.getByLabel(t.textTitle).fill("A's private import");
  await page.getByRole("textbox", { name: t.chineseSide }).fill("第一句。第二句。");
  await page.getByRole("textbox", { name: t.englishSide }).fill("The first sentence. The second sentence.");
  await page.getByRole("button", { name: t.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(1);
  await page.getByRole("button", { name: t.save }).click();
  await expect(page).toHaveURL(/\/en\/texts\/a-s-private-import-/);
  // Its reader: join the two sentence pairs of the first paragraph (the owner-only sentence fix-up).
  await waitForHydration(page);
  await page.locator('[data-pair="0"] .pair-fix').click();
  const fix = page.getByRole("dialog", { name: format(en.SentenceFix.title, { number: 1 }) });
  await fix.getByRole("button", { name: format(en.SentenceFix.joinLabel, { bead: 1, next: 2 }) }).click();
  await expect(fix.getByRole("status")).toHaveText(en.SentenceFix.saved);
  // Opening the import saves A's reading position a moment later: wait for it, so it is not taken for a replay's doing.
  await expect.poll(() => userRows(userId).ReadingPosition?.length).toBe(2);

  return recorder.stop();
}

test("every action the browser sends, replayed with another user's cookies or none, changes nothing of A's", async ({ browser, baseURL }) => {
  const owner = await newUser(browser, "owner-a");
  const intruder = await newUser(browser, "intruder-b");
  const actions = await useEverything(owner.page, owner.id);
  const ids = new Set(actions.map((x) => x.id));
  // createHighlights, recolour, saveNote, deleteNote, deleteHighlight, restore, two card switches,
  // study settings, a rating, alignImport, saveImport: at least 12 different actions.
  expect(ids.size, `${actions.length} requests`).toBeGreaterThanOrEqual(12);
  console.log(`recorded ${actions.length} action requests (${ids.size} different actions); replayed each with B's session and with none`);

  const ownerBefore = userRows(owner.id);
  const backupOf = async (cookie: string) => {
    const { exportedAt, ...rest } = (await (await fetch(`${baseURL}/api/export/json`, { headers: { cookie } })).json()) as { exportedAt: string };
    expect(exportedAt).toBeTruthy();
    return rest;
  };
  const exportBefore = await backupOf(owner.cookie);
  expect(ownerBefore.Highlight?.length).toBe(2);

  // With no session: nothing changes anywhere, and each answer says "sign in" rather than failing.
  const everything = allRows();
  for (const action of actions) {
    const res = await replayAction(action);
    expect(res.status, `${action.url} without a session`).toBeLessThan(500);
    expect(res.text).not.toMatch(/"ok":true/);
  }
  expect(allRows()).toEqual(everything);

  // With B's session: nothing of A's changes. (B may make rows of B's own: a highlight on the public text.)
  let notFound = 0;
  for (const action of actions) {
    const res = await replayAction(action, { cookie: intruder.cookie });
    expect(res.status, `${action.url} with B's session`).toBeLessThan(500);
    if (res.text.includes(a.errors.notFound)) notFound++;
  }
  expect(notFound, "B's replays that touch A's ids are answered NOT_FOUND").toBeGreaterThanOrEqual(6);
  expect(userRows(owner.id)).toEqual(ownerBefore);
  expect(await backupOf(owner.cookie)).toEqual(exportBefore);
  // B sees nothing of A's.
  const seenByB = await (await fetch(`${baseURL}${API}`, { headers: { cookie: intruder.cookie } })).text();
  for (const secret of ["A's private note", "A's second note", "alpha", ...(ownerBefore.Highlight ?? []).map((r) => JSON.parse(r).id as string)]) {
    expect(seenByB).not.toContain(secret);
  }

  // Control: the very same requests do reach the actions: A's own first request (a highlight) adds a row for A.
  const control = await replayAction(actions[0], { cookie: owner.cookie });
  expect(control.text).toMatch(/"ok":true/);
  expect(userRows(owner.id).Highlight?.length).toBe(3);

  await owner.context.close();
  await intruder.context.close();
});

test("the annotations API answers 401 without a session and only the caller's data with one", async ({ page, request }) => {
  await signUp(page, "en", uniqueEmail("api-reader"));
  const cookie = sessionCookieHeader(await page.context().cookies());
  const anonymous = await request.get(API);
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "unauthenticated" });
  const forged = await request.get(API, { headers: { Cookie: "__Secure-better-auth.session_token=forged.value" } });
  expect(forged.status()).toBe(401);
  const mine = await request.get(API, { headers: { Cookie: cookie } });
  expect(await mine.json()).toEqual({ textSlug: "ai-limits", highlights: [], notes: [] });
});

test("HTML in a note is shown as text, never run, in the highlight panel and the notes panel", async ({ page }) => {
  const script = "<script>window.__pwned=1</script>";
  const img = '<img src=x onerror="window.__pwned=2">';
  const body = `${script}\n\n${img}\n\ninline ${script} and ${img} end\n\n![pixel](/x.png) [link](javascript:window.__pwned=3)`;
  await signUp(page, "en");
  await page.goto(READER);
  await waitForHydration(page);
  const sentence = '[data-pair="2"] [lang="en"] [data-sentence="2.0"]';
  await selectText(page, sentence, 0, 12);
  await page.getByRole("toolbar", { name: a.toolbarLabel }).getByRole("button", { name: a.addNote }).click();
  const panel = page.getByRole("dialog", { name: a.highlightDialog });
  await panel.getByRole("textbox", { name: a.note }).fill(body);
  await panel.getByRole("button", { name: a.save }).click();
  await expect(page.getByRole("status").filter({ hasText: a.saved })).toBeVisible();

  const checkRendered = async (scope: ReturnType<typeof page.locator>) => {
    const md = scope.locator(".note-markdown");
    await expect(md).toHaveCount(1);
    await expect(md).toContainText(script);
    await expect(md).toContainText(img);
    await expect(md).toContainText(`inline ${script} and ${img} end`);
    await expect(md.locator("script, img, iframe, object, embed")).toHaveCount(0);
    for (const href of await md.locator("a").evaluateAll((as) => as.map((x) => x.getAttribute("href") ?? ""))) {
      expect(href).not.toMatch(/^\s*javascript:/i);
    }
  };
  const notPwned = async () => expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

  await checkRendered(panel);
  await notPwned();
  await page.reload();
  await page.locator(`${sentence} mark[data-highlight-id]`).click();
  await checkRendered(page.getByRole("dialog", { name: a.highlightDialog }));
  await page.getByRole("button", { name: a.close }).first().click();
  await page.getByRole("button", { name: new RegExp(`^${a.panelTitle} \\(`) }).click();
  const notes = page.locator("aside.notes-panel");
  await expect(notes).toBeVisible();
  await checkRendered(notes);
  await notPwned();
});
