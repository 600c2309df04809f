// Bad input gets a clear, localized answer, never a 500: the table of issue 12.
import { test, expect, waitForHydration } from "./helpers/fixtures";
import { format, messages } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";
import { recordActions, replayAction, sessionCookieHeader } from "./helpers/recorded-actions";
import { recordHighlight } from "./helpers/record-highlight";

test.describe.configure({ timeout: 120_000 });

const en = messages("en");
const zh = messages("zh");

test("malformed slugs get a localized 404 from pages and APIs, never a 500 or an oversized header", async ({ request }) => {
  const cases: Array<[string, "en" | "zh"]> = [
    ["/en/texts/%E4%BA", "en"],
    ["/zh/texts/%ZZ", "zh"],
    ["/en/texts/ai-limits%00", "en"],
    ["/zh/texts/ai-limits%20", "zh"],
    [`/en/texts/${"a".repeat(10_000)}`, "en"],
  ];
  for (const [path, locale] of cases) {
    const res = await request.get(path);
    expect(res.status(), path.slice(0, 40)).toBe(404);
    expect(await res.text()).toContain(messages(locale).NotFound.title);
    const headerBytes = Object.entries(res.headers()).reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(headerBytes, `${path.slice(0, 40)}: header size`).toBeLessThan(3_000);
  }
  for (const slug of ["%E4%BA", "%ZZ", "ai-limits%00", "ai-limits%20", "a".repeat(10_000)]) {
    for (const api of [`/api/texts/${slug}/annotations`, `/api/texts/${slug}/paragraphs`]) {
      const res = await request.get(api);
      expect(res.status(), api.slice(0, 50)).toBe(404);
      expect(await res.json()).toEqual({ error: "not_found" });
    }
  }
  // The real text is still there.
  expect((await request.get("/en/texts/ai-limits")).status()).toBe(200);
});

test("import: every side error at once, naming the right side; an empty upload says so and keeps the text", async ({ page }) => {
  const t = en.Import;
  await signUp(page, "en");
  await page.goto("/en/import");
  await waitForHydration(page, ".side-input textarea");
  const zhBox = page.getByRole("textbox", { name: t.chineseSide });
  const enBox = page.getByRole("textbox", { name: t.englishSide });
  const errorOf = (side: string) => page.locator(".side-input").filter({ has: page.getByRole("textbox", { name: side }) }).locator(".field-error");

  // Nothing at all: both sides are named at once.
  await page.getByRole("button", { name: t.align }).click();
  await expect(errorOf(t.chineseSide)).toHaveText(format(t.errors.empty, { side: t.chineseSide }));
  await expect(errorOf(t.englishSide)).toHaveText(format(t.errors.empty, { side: t.englishSide }));

  // Chinese fine, English missing: the English side is named.
  await zhBox.fill("第一句。第二句。");
  await page.getByRole("button", { name: t.align }).click();
  await expect(errorOf(t.englishSide)).toHaveText(format(t.errors.empty, { side: t.englishSide }));
  await expect(errorOf(t.chineseSide)).toHaveCount(0);

  // English over 2 MB: the English side, too large.
  await enBox.fill("word ".repeat(450_000));
  await page.getByRole("button", { name: t.align }).click();
  await expect(errorOf(t.englishSide)).toHaveText(format(t.errors.tooLarge, { side: t.englishSide }));
  await expect(errorOf(t.chineseSide)).toHaveCount(0);

  // An empty file does not wipe the box.
  await enBox.fill("The first sentence. The second sentence.");
  await page.getByLabel(format(t.upload, { side: t.englishSide })).setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await expect(errorOf(t.englishSide)).toHaveText(en.Security.emptyFile);
  await expect(enBox).toHaveValue("The first sentence. The second sentence.");
});

test("a server-action body over the limit: a localized message in the UI, and 413 from the server", async ({ page }) => {
  await signUp(page, "zh");
  const t = zh.Import;
  await page.goto("/zh/import");
  await waitForHydration(page, ".side-input textarea");
  // 2.4 M Chinese characters are 7 MB of UTF-8: more than an action may carry.
  await page.getByRole("textbox", { name: t.chineseSide }).fill("汉".repeat(2_400_000));
  await page.getByRole("textbox", { name: t.englishSide }).fill("Some English.");
  await page.getByRole("button", { name: t.align }).click();
  await expect(page.getByText(zh.Security.tooLarge)).toBeVisible();

  // The same action, recorded with a small body, then sent with 7 MB and 50 MB bodies.
  const recorder = recordActions(page);
  await page.getByRole("textbox", { name: t.chineseSide }).fill("第一句。第二句。");
  await page.getByRole("textbox", { name: t.englishSide }).fill("The first sentence. The second sentence.");
  await page.getByRole("button", { name: t.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(1);
  const [align] = await recorder.stop();
  const cookie = sessionCookieHeader(await page.context().cookies());
  for (const mb of [7, 50]) {
    const res = await replayAction(align, { cookie, body: Buffer.alloc(mb * 1024 * 1024, 0x61) }).catch((err: Error) => err);
    if (res instanceof Error) throw new Error(`${mb} MB: ${res.message}`);
    expect(res.status, `${mb} MB`).toBe(413);
    expect(JSON.parse(res.text)).toEqual({ ok: false, error: { code: "VALIDATION", message: zh.Security.tooLarge } });
  }
});

/** The body with every {start, end} pair reversed, wherever the request keeps its anchors. */
function reversed(body: Buffer): Buffer {
  const flip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(flip);
    if (v && typeof v === "object") {
      const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, flip(x)]));
      if (typeof o.start === "number" && typeof o.end === "number") [o.start, o.end] = [o.end, o.start];
      return o;
    }
    return v;
  };
  return Buffer.from(JSON.stringify(flip(JSON.parse(body.toString("utf8")))));
}

test("an anchor with end before start is out of range, not an empty selection", async ({ page }) => {
  await signUp(page, "en");
  const create = await recordHighlight(page, '[data-pair="3"] [lang="en"] [data-sentence="3.0"]');
  const cookie = sessionCookieHeader(await page.context().cookies());
  const res = await replayAction(create, { cookie, body: reversed(create.body) });
  expect(res.status).toBe(200);
  expect(res.text).toContain(en.Annotations.errors.outOfRange);
  expect(res.text).not.toContain(en.Annotations.errors.empty);
});

test("the restore route: a foreign or null Origin is a 403 that says so; a damaged backup is explained in Chinese on /zh", async ({ browser, baseURL }) => {
  // A context of its own: the refused upload's 400 is logged by the browser, which the suite's page watcher would count as an error.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, "zh");
  const cookie = sessionCookieHeader(await page.context().cookies());
  const post = (origin: string | null, body: string) =>
    fetch(`${baseURL}/api/review/import?locale=zh`, { method: "POST", body, headers: { cookie, "content-type": "application/json", ...(origin === null ? {} : { origin }) } });
  for (const origin of ["http://attacker.invalid", "null"]) {
    const res = await post(origin, "{}");
    expect(res.status, origin).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(zh.Security.crossOrigin);
  }
  const backup = await (await fetch(`${baseURL}/api/export/json`, { headers: { cookie } })).json();
  const damaged = JSON.stringify({ ...backup, annotations: [{ textSlug: "x" }] });
  const res = await post(baseURL!, damaged);
  expect(res.status).toBe(400);
  const message = ((await res.json()) as { error: { message: string } }).error.message;
  expect(message.startsWith(zh.Export.errors.invalid.split("{detail}")[0])).toBe(true);
  // No English from the validator leaks into the Chinese message.
  expect(message).not.toMatch(/expected|invalid|required|received/i);

  // The same in the UI.
  await page.goto("/zh/review");
  await waitForHydration(page, ".import-form input[type=file]");
  await page.getByLabel(zh.Export.file).setInputFiles({ name: "damaged.json", mimeType: "application/json", buffer: Buffer.from(damaged) });
  await page.getByRole("button", { name: zh.Export.import, exact: true }).click();
  await expect(page.locator(".import-form").getByRole("alert")).toHaveText(message);
  await context.close();
});

test("tags: HTML is escaped in the Anki export, and bidi controls are shown, not obeyed", async ({ page, baseURL }) => {
  await signUp(page, "en");
  const a = en.Annotations;
  await page.goto("/en/texts/ai-limits");
  await waitForHydration(page);
  await selectText(page, '[data-pair="4"] [lang="en"] [data-sentence="4.0"]', 0, 12);
  await page.getByRole("toolbar", { name: a.toolbarLabel }).getByRole("button", { name: a.addNote }).click();
  const panel = page.getByRole("dialog", { name: a.highlightDialog });
  await panel.getByRole("textbox", { name: a.note }).fill("tagged");
  await panel.getByLabel(a.tags).fill("<script>alert(1)</script>, \u202Egnp.exe");
  await panel.getByRole("button", { name: a.save }).click();
  await expect(panel.locator(".note-markdown")).toHaveText("tagged");

  const cookie = sessionCookieHeader(await page.context().cookies());
  const tsv = await (await fetch(`${baseURL}/api/export/anki`, { headers: { cookie } })).text();
  expect(tsv).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(tsv).not.toContain("<script>");

  await page.goto("/en/review");
  await waitForHydration(page, ".review-filters input[type=search]");
  const tags = page.locator(".review-tags li");
  await expect(tags.filter({ hasText: "gnp.exe" })).toHaveText("#[U+202E]gnp.exe");
  await expect(tags.filter({ hasText: "gnp.exe" }).locator("bdi")).toHaveCount(1);
});
