import type { Locator, Page } from "@playwright/test";
import { expect, test, waitForHydration, watchContext } from "./helpers/fixtures";
import { format, LOCALES, messages, otherLocale, type Locale } from "./helpers/i18n";
import { findZhSentence, SEED_SLUG, seedArticle } from "./helpers/seed";
import { signUp } from "./helpers/auth";

const article = seedArticle();
const PAIRS = article.paragraphs.length;
/** The article's publication date (2024-04-22) as each locale writes it; it must not shift with the server's time zone. */
const PUBLISHED: Record<Locale, string> = { en: "April 22, 2024", zh: "2024年4月22日" };
const readerPath = (locale: Locale, slug = SEED_SLUG) => `/${locale}/texts/${slug}`;

/** Opens the reader and waits for hydration, so the toolbar and the linking listeners are live. */
async function openReader(page: Page, locale: Locale) {
  await page.goto(readerPath(locale));
  await waitForHydration(page);
}

/** The Chinese / English block of every paragraph pair. */
const zhBlocks = (page: Page) => page.locator('[data-pair] [lang="zh-Hans"]');
const enBlocks = (page: Page) => page.locator('[data-pair] [lang="en"]');
const zhSentence = (page: Page, key: string) => page.locator(`[data-pair] [lang="zh-Hans"] [data-sentence="${key}"]`);
const enSentence = (page: Page, key: string) => page.locator(`[data-pair] [lang="en"] [data-sentence="${key}"]`);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, "element has a layout box").not.toBeNull();
  return b!;
}

async function expectHtmlLang(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** [base character, reading] for every <ruby> inside `scope`. */
/** [character, its syllable] for every character under ruby; a ruby holds one word, its syllables space-separated. */
function rubyReadings(scope: Locator): Promise<Array<[string, string]>> {
  return scope.evaluate((root) =>
    Array.from(root.querySelectorAll("ruby")).flatMap((r): Array<[string, string]> => {
      const syllables = (r.querySelector("rt")?.textContent ?? "").split(" ");
      return Array.from(r.firstChild?.textContent ?? "").map((c, i): [string, string] => [c, syllables[i] ?? ""]);
    }),
  );
}

/** The reading of `char` where it directly follows `prev` (e.g. 长 after 增). */
function readingAfter(readings: Array<[string, string]>, prev: string, char: string): string | undefined {
  const i = readings.findIndex(([c], k) => c === char && readings[k - 1]?.[0] === prev);
  return i >= 0 ? readings[i][1] : undefined;
}

test("the seed has the paragraph pairs the reader should show", () => {
  expect(PAIRS).toBeGreaterThan(0);
  expect(PAIRS).toBe(14);
});

for (const locale of LOCALES) {
  const m = messages(locale);
  const other = otherLocale(locale);
  const title = locale === "zh" ? article.titleZh : article.titleEn;

  test.describe(`/${locale}`, () => {
    test("the library lists the seed article and opens it", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectHtmlLang(page, locale);
      await expect(page.getByRole("heading", { level: 1, name: m.Library.title })).toBeVisible();
      const link = page.getByRole("link", { name: format(m.Library.open, { title }) });
      await expect(link).toHaveAttribute("href", readerPath(locale));
      await expect(page.getByText(locale === "zh" ? `${PAIRS} 段` : `${PAIRS} paragraphs`)).toBeVisible();
      await expect(page.locator('time[datetime="2024-04-22"]')).toHaveText(PUBLISHED[locale]);
      await link.click();
      await expect(page).toHaveURL(readerPath(locale));
      await expect(zhBlocks(page)).toHaveCount(PAIRS);
    });

    test("the reader shows every paragraph pair, with the stored text", async ({ page }) => {
      await openReader(page, locale);
      await expectHtmlLang(page, locale);
      await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · `));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(article.titleZh);
      await expect(zhBlocks(page)).toHaveCount(PAIRS);
      await expect(enBlocks(page)).toHaveCount(PAIRS);
      // The DOM text of each block is exactly the stored paragraph (annotation offsets rely on it).
      expect(await zhBlocks(page).locator("p.side-text").allTextContents()).toEqual(article.paragraphs.map((p) => p.zh));
      expect(await enBlocks(page).locator("p.side-text").allTextContents()).toEqual(article.paragraphs.map((p) => p.en));
      const zhCount = article.paragraphs.flatMap((p) => p.sentences.filter((s) => s.lang === "zh")).length;
      await expect(zhBlocks(page).locator("[data-sentence]")).toHaveCount(zhCount);
      // Attribution of the reproduced article.
      await expect(page.getByRole("link", { name: article.url! })).toHaveAttribute("href", article.url!);
      await expect(page.getByText(m.Reader.reproduced)).toBeVisible();
      await expect(page.locator('time[datetime="2024-04-22"]')).toHaveText(PUBLISHED[locale]);
    });

    test("hovering or focusing a sentence lights up its counterpart", async ({ page }) => {
      await openReader(page, locale);
      // The listener is attached in an effect right after hydration: retry the hover until it is live.
      await expect(async () => {
        await page.mouse.move(1, 1);
        await zhSentence(page, "0.1").hover();
        await expect(enSentence(page, "0.1")).toHaveClass(/\bis-linked\b/, { timeout: 500 });
      }).toPass();
      await expect(zhSentence(page, "0.1")).toHaveClass(/\bis-linked\b/);
      await expect(page.locator(".is-linked")).toHaveCount(2);

      // Hovering the English side lights the Chinese one, too.
      await enSentence(page, "1.0").hover();
      await expect(zhSentence(page, "1.0")).toHaveClass(/\bis-linked\b/);
      await expect(enSentence(page, "0.1")).not.toHaveClass(/\bis-linked\b/);

      // Leaving the text clears the highlight.
      await page.mouse.move(1, 1);
      await expect(page.locator(".is-linked")).toHaveCount(0);

      // Keyboard only: Tab from the last toolbar control into the text, then to the next sentence.
      const toolbar = page.getByRole("toolbar", { name: m.ReaderSettings.title });
      await toolbar.locator("button:enabled, input:enabled, select:enabled").last().focus();
      await page.keyboard.press("Tab");
      await expect(zhSentence(page, "0.0")).toBeFocused();
      await expect(enSentence(page, "0.0")).toHaveClass(/\bis-linked\b/);
      await page.keyboard.press("Tab");
      await expect(zhSentence(page, "0.1")).toBeFocused();
      await expect(enSentence(page, "0.1")).toHaveClass(/\bis-linked\b/);
      await expect(enSentence(page, "0.0")).not.toHaveClass(/\bis-linked\b/);
    });

    test("the layout switch shows the right sides and persists across reload", async ({ page }) => {
      await openReader(page, locale);
      const radio = (name: string) => page.getByRole("radio", { name, exact: true });
      const zh0 = zhBlocks(page).first();
      const en0 = enBlocks(page).first();
      const html = page.locator("html");

      // Default: side by side, English to the right of the Chinese on the same row.
      await expect(radio(m.ReaderSettings.layoutSide)).toBeChecked();
      let zb = await box(zh0);
      let eb = await box(en0);
      expect(eb.x).toBeGreaterThan(zb.x + zb.width - 1);
      expect(Math.abs(eb.y - zb.y)).toBeLessThan(2);

      await radio(m.ReaderSettings.layoutZh).check();
      await expect(html).toHaveAttribute("data-reader-layout", "zh");
      await expect(zh0).toBeVisible();
      await expect(en0).toBeHidden();
      await expect(enBlocks(page).last()).toBeHidden();

      await radio(m.ReaderSettings.layoutEn).check();
      await expect(html).toHaveAttribute("data-reader-layout", "en");
      await expect(zh0).toBeHidden();
      await expect(en0).toBeVisible();

      await radio(m.ReaderSettings.layoutInterleaved).check();
      await expect(html).toHaveAttribute("data-reader-layout", "interleaved");
      await expect(zh0).toBeVisible();
      await expect(en0).toBeVisible();
      zb = await box(zh0);
      eb = await box(en0);
      expect(eb.y).toBeGreaterThanOrEqual(zb.y + zb.height - 1);
      expect(Math.abs(eb.x - zb.x)).toBeLessThan(2);

      const stored = await page.evaluate(() => localStorage.getItem("reader-settings:v1"));
      expect(JSON.parse(stored ?? "{}")).toMatchObject({ layout: "interleaved" });

      await page.reload();
      await waitForHydration(page);
      // The boot script applies the saved layout before hydration; the radio follows after it.
      await expect(html).toHaveAttribute("data-reader-layout", "interleaved");
      await expect(radio(m.ReaderSettings.layoutInterleaved)).toBeChecked();
      zb = await box(zh0);
      eb = await box(en0);
      expect(eb.y).toBeGreaterThanOrEqual(zb.y + zb.height - 1);
      expect(Math.abs(eb.x - zb.x)).toBeLessThan(2);
    });

    test("study mode hides the translation until a paragraph is revealed", async ({ page }) => {
      await openReader(page, locale);
      const pair = (n: number) => page.getByRole("region", { name: format(m.Reader.pairLabel, { number: n }), exact: true });
      const enBody = (n: number) => pair(n).locator('[lang="en"] .side-body');

      await expect(page.getByRole("button", { name: format(m.ReaderSettings.reveal, { number: 1 }) })).toHaveCount(0);
      await page.getByRole("checkbox", { name: m.ReaderSettings.studyMode }).check();

      // Every translation is covered and out of the accessibility tree and tab order.
      await expect(page.locator('[data-pair] [lang="en"][data-hidden="true"]')).toHaveCount(PAIRS);
      await expect(enBody(1)).toHaveAttribute("aria-hidden", "true");
      await expect(enBody(1)).toHaveAttribute("inert", "");
      await expect(page.getByRole("button", { name: m.ReaderSettings.revealAll })).toBeVisible();

      // Reveal paragraph 1 with a click.
      const reveal1 = pair(1).getByRole("button", { name: format(m.ReaderSettings.reveal, { number: 1 }) });
      await expect(reveal1).toHaveAttribute("aria-expanded", "false");
      await reveal1.click();
      const hide1 = pair(1).getByRole("button", { name: format(m.ReaderSettings.hide, { number: 1 }) });
      await expect(hide1).toHaveAttribute("aria-expanded", "true");
      await expect(enBody(1)).not.toHaveAttribute("aria-hidden", /.*/);
      await expect(pair(1).locator('[lang="en"]')).not.toHaveAttribute("data-hidden", /.*/);
      await expect(enBody(2)).toHaveAttribute("aria-hidden", "true");

      // Reveal paragraph 2 with the keyboard.
      await pair(2).getByRole("button", { name: format(m.ReaderSettings.reveal, { number: 2 }) }).focus();
      await page.keyboard.press("Enter");
      await expect(pair(2).getByRole("button", { name: format(m.ReaderSettings.hide, { number: 2 }) })).toBeFocused();
      await expect(enBody(2)).not.toHaveAttribute("aria-hidden", /.*/);
      await expect(page.locator('[data-pair] [lang="en"][data-hidden="true"]')).toHaveCount(PAIRS - 2);

      // Hide it again, then leave study mode: everything is shown.
      await hide1.click();
      await expect(enBody(1)).toHaveAttribute("aria-hidden", "true");
      await page.getByRole("checkbox", { name: m.ReaderSettings.studyMode }).uncheck();
      await expect(page.locator('[data-pair] [lang="en"][data-hidden="true"]')).toHaveCount(0);
      await expect(page.locator(".reveal-button")).toHaveCount(0);
    });

    test("study mode reveals one sentence at a time, by a click on it or T on its Chinese", async ({ page }) => {
      await openReader(page, locale);
      await page.getByRole("checkbox", { name: m.ReaderSettings.studyMode }).check();
      const covered = (key: string) => enSentence(page, key).evaluate((el) => getComputedStyle(el).filter !== "none");
      await expect.poll(() => covered("1.0")).toBe(true);
      await expect.poll(() => covered("1.1")).toBe(true);

      // A click (or tap) on one covered sentence uncovers only that one; the paragraph stays hidden.
      // The covered text is inert, so the click is aimed at the sentence's first line box.
      const r = await enSentence(page, "1.1").evaluate((el) => {
        el.scrollIntoView({ block: "center" });
        const first = el.getClientRects()[0];
        return { x: first.left + first.width / 2, y: first.top + first.height / 2 };
      });
      await page.mouse.click(r.x, r.y);
      await expect.poll(() => covered("1.1")).toBe(false);
      expect(await covered("1.0")).toBe(true);
      await expect(page.locator('[data-pair="1"] [lang="en"]')).toHaveAttribute("data-hidden", "true");
      // It is announced, since the covered paragraph is out of the accessibility tree.
      await expect(page.locator(".visually-hidden[role=status]")).toHaveText(article.paragraphs[1].en.slice(
        article.paragraphs[1].sentences.find((s) => s.lang === "en" && s.pair === 1)!.start,
        article.paragraphs[1].sentences.filter((s) => s.lang === "en" && s.pair === 1).at(-1)!.end,
      ));

      // T on a focused Chinese sentence uncovers its translation, and covers it again.
      await zhSentence(page, "3.0").focus();
      await page.keyboard.press("t");
      await expect.poll(() => covered("3.0")).toBe(false);
      expect(await covered("3.1")).toBe(true);
      await page.keyboard.press("t");
      await expect.poll(() => covered("3.0")).toBe(true);

      // Revealing and hiding the whole paragraph still works, and starts it afresh.
      const pair1 = page.getByRole("region", { name: format(m.Reader.pairLabel, { number: 2 }), exact: true });
      await pair1.getByRole("button", { name: format(m.ReaderSettings.reveal, { number: 2 }) }).click();
      await expect.poll(() => covered("1.0")).toBe(false);
      await pair1.getByRole("button", { name: format(m.ReaderSettings.hide, { number: 2 }) }).click();
      await expect.poll(() => covered("1.1")).toBe(true);
    });

    test("pinyin renders tone-marked ruby, reading polyphones in context", async ({ page }) => {
      await openReader(page, locale);
      await expect(page.locator("ruby")).toHaveCount(0);
      await page.getByRole("checkbox", { name: m.ReaderSettings.pinyin }).check();

      const zh0 = zhBlocks(page).first();
      // The readings are fetched only now: allow for a slow, busy machine.
      await expect(zh0.locator("ruby rt").first()).toBeVisible({ timeout: 20_000 });
      const readings = await rubyReadings(zh0);
      // 近两年人工智能的发展… in the first sentence.
      expect(readingAfter(readings, "人", "工")).toBe("gōng");
      expect(readingAfter(readings, "工", "智")).toBe("zhì");
      expect(readingAfter(readings, "智", "能")).toBe("néng");
      // Latin and digits stay plain text: no ruby without a reading.
      expect(readings.every(([c, r]) => c.length > 0 && r.length > 0)).toBe(true);
      expect(readings.some(([c]) => /[A-Za-z0-9]/.test(c))).toBe(false);

      // 长 alone is cháng; in 增长 ("growth") it is zhǎng.
      const growth = findZhSentence(article, "增长");
      await expect.poll(async () => readingAfter(await rubyReadings(zhSentence(page, growth.key)), "增", "长")).toBe("zhǎng");

      // Ruby adds readings but no text: without <rt>/<rp> the paragraph is unchanged.
      const plain = await zh0.locator("p.side-text").evaluate((p) => {
        const clone = p.cloneNode(true) as HTMLElement;
        clone.querySelectorAll("rt, rp").forEach((el) => el.remove());
        return clone.textContent;
      });
      expect(plain).toBe(article.paragraphs[0].zh);
      // English is never annotated.
      await expect(enBlocks(page).locator("ruby")).toHaveCount(0);
    });

    test("the toolbar's checkboxes sit centred on their labels, signed in too", async ({ page }) => {
      await signUp(page, locale);
      await openReader(page, locale);
      const centre = async (l: Locator) => {
        const b = (await l.boundingBox())!;
        return b.y + b.height / 2;
      };
      for (const name of [m.Vocabulary.underlineSaved, m.ReaderSettings.pinyin]) {
        const box = page.getByRole("toolbar").getByRole("checkbox", { name });
        const label = page.getByRole("toolbar").locator("label", { has: page.getByRole("checkbox", { name }) }).getByText(name, { exact: true });
        expect(Math.abs((await centre(box)) - (await centre(label))), name).toBeLessThanOrEqual(1.5);
      }
      // Saved words shares its row with the Listen button: level with it, not above.
      const saved = page.getByRole("toolbar").getByRole("checkbox", { name: m.Vocabulary.underlineSaved });
      const listen = page.getByRole("toolbar").getByRole("button", { name: m.Listening.open, exact: true });
      expect(Math.abs((await centre(saved)) - (await centre(listen)))).toBeLessThanOrEqual(1.5);
    });

    test("the font size buttons change the text size", async ({ page }) => {
      await openReader(page, locale);
      const zhText = zhBlocks(page).first().locator("p.side-text");
      const enText = enBlocks(page).first().locator("p.side-text");
      const size = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const output = page.getByRole("group", { name: m.ReaderSettings.fontSize }).locator("output");

      const before = await size(zhText);
      await expect(output).toHaveText(`${before}px`);
      await page.getByRole("button", { name: m.ReaderSettings.larger }).click();
      await expect.poll(() => size(zhText)).toBeGreaterThan(before);
      const larger = await size(zhText);
      await expect(output).toHaveText(`${larger}px`);
      expect(await size(enText)).toBe(larger);

      const smaller = page.getByRole("button", { name: m.ReaderSettings.smaller });
      await smaller.click();
      await smaller.click();
      await expect.poll(() => size(zhText)).toBeLessThan(before);
      expect(await size(enText)).toBe(await size(zhText));
    });

    test(`the locale switch changes the interface to ${other} and stays on the text`, async ({ page }) => {
      const mo = messages(other);
      await openReader(page, locale);
      await expect(page.getByRole("radio", { name: m.ReaderSettings.layoutSide, exact: true })).toBeChecked();

      await page.getByRole("combobox", { name: m.LocaleSwitcher.label }).selectOption(other);
      await expect(page).toHaveURL(readerPath(other));
      await expectHtmlLang(page, other);
      await expect(page.getByRole("combobox", { name: mo.LocaleSwitcher.label })).toHaveValue(other);
      await expect(page.getByRole("radio", { name: mo.ReaderSettings.layoutSide, exact: true })).toBeChecked();
      await expect(page.getByRole("link", { name: mo.Nav.library, exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: `← ${mo.Reader.backToLibrary}` })).toHaveAttribute("href", `/${other}`);
      await expect(page).toHaveTitle(new RegExp(` · ${mo.Metadata.title}$`));
      // Still the same text.
      await expect(zhBlocks(page)).toHaveCount(PAIRS);
    });

    test("an unknown text gives a localized 404 page", async ({ page }) => {
      const res = await page.goto(readerPath(locale, "no-such-text"));
      expect(res?.status()).toBe(404);
      await expectHtmlLang(page, locale);
      await expect(page.getByRole("heading", { level: 1, name: m.NotFound.title })).toBeVisible();
      await expect(page.getByRole("link", { name: m.NotFound.back })).toHaveAttribute("href", `/${locale}`);
      // The site header is localized, too.
      await expect(page.getByRole("combobox", { name: m.LocaleSwitcher.label })).toHaveValue(locale);
    });

    test("an unknown path gives a localized 404 page", async ({ page }) => {
      const res = await page.goto(`/${locale}/no/such/page`);
      expect(res?.status()).toBe(404);
      await expectHtmlLang(page, locale);
      await expect(page.getByRole("heading", { level: 1, name: m.NotFound.title })).toBeVisible();
    });
  });
}

test.describe("/ redirects to the preferred locale", () => {
  test.describe("browser locale zh-CN", () => {
    test.use({ locale: "zh-CN" });
    test("goes to /zh", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL("/zh");
      await expectHtmlLang(page, "zh");
      await expect(page.getByRole("heading", { level: 1, name: messages("zh").Library.title })).toBeVisible();
    });
  });

  test.describe("browser locale en-US", () => {
    test.use({ locale: "en-US" });
    test("goes to /en", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL("/en");
      await expectHtmlLang(page, "en");
    });
  });

  // A context's `locale` wins over an Accept-Language in extraHTTPHeaders in Chromium, and the
  // test runner always sets one (en-US by default), so these contexts are made without it.
  const acceptLanguageCases: Array<[string, Locale]> = [
    ["zh-CN,zh;q=0.9,en;q=0.5", "zh"],
    ["en-GB,en;q=0.9,zh;q=0.5", "en"],
  ];
  for (const [acceptLanguage, locale] of acceptLanguageCases) {
    test(`Accept-Language ${acceptLanguage} goes to /${locale}`, async ({ browser, baseURL, pageProblems }) => {
      const context = await browser.newContext({ baseURL, locale: undefined, extraHTTPHeaders: { "Accept-Language": acceptLanguage } });
      watchContext(context, pageProblems);
      try {
        const page = await context.newPage();
        await page.goto("/");
        await expect(page).toHaveURL(`/${locale}`);
        await expectHtmlLang(page, locale);
        await expect(page.getByRole("heading", { level: 1, name: messages(locale).Library.title })).toBeVisible();
      } finally {
        await context.close();
      }
    });
  }

  test("the redirect itself, for several Accept-Language headers", async ({ request }) => {
    const cases: Array<[string, Locale]> = [
      ["zh-CN,zh;q=0.9", "zh"],
      ["zh-TW", "zh"],
      ["zh", "zh"],
      ["en-US,en;q=0.9,zh;q=0.8", "en"],
      ["fr-FR,fr;q=0.9", "en"], // unsupported: the default locale
    ];
    for (const [acceptLanguage, locale] of cases) {
      const res = await request.get("/", { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 });
      expect(res.status(), acceptLanguage).toBeGreaterThanOrEqual(300);
      expect(res.status(), acceptLanguage).toBeLessThan(400);
      expect(new URL(res.headers()["location"], "http://x").pathname, acceptLanguage).toBe(`/${locale}`);
    }
  });
});
