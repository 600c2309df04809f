import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { signUp } from "./helpers/auth";
import { SEED_SLUG, seedArticle } from "./helpers/seed";

// Runs in the "phone" project (Pixel 7: 412×839 CSS px, touch).
const PAIRS = seedArticle().paragraphs.length;

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, "page is not wider than the viewport").toBeLessThanOrEqual(innerWidth);
}

for (const locale of LOCALES) {
  const m = messages(locale);

  test.describe(`/${locale} on a phone`, () => {
    test("side by side falls back to interleaved, without horizontal scrolling", async ({ page }) => {
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      // Side by side cannot apply on a phone: it is not offered, and the interleaved layout it turns into is shown as chosen.
      await expect(page.locator("html")).toHaveAttribute("data-reader-layout", "side");
      await expect(page.getByRole("radio", { name: m.ReaderSettings.layoutSide, exact: true })).toHaveCount(0);
      await expect(page.getByRole("radio", { name: m.ReaderSettings.layoutInterleaved, exact: true })).toBeChecked();
      await expect(page.getByRole("radio")).toHaveCount(3 + 2); // three layouts, two character sets
      await expect(page.locator("[data-pair]")).toHaveCount(PAIRS);

      for (const index of [0, PAIRS - 1]) {
        const zh = page.locator(`[data-pair="${index}"] [lang="zh-Hans"]`);
        const en = page.locator(`[data-pair="${index}"] [lang="en"]`);
        await expect(zh).toBeVisible();
        await expect(en).toBeVisible();
        const zb = (await zh.boundingBox())!;
        const eb = (await en.boundingBox())!;
        expect(eb.y, `pair ${index}: English below Chinese`).toBeGreaterThanOrEqual(zb.y + zb.height - 1);
        expect(Math.abs(eb.x - zb.x), `pair ${index}: same left edge`).toBeLessThan(2);
        expect(zb.x + zb.width).toBeLessThanOrEqual(412);
      }
      await expectNoHorizontalScroll(page);

      // The sentence ▶ button sits beside the text, never over it, even for a sentence mid-paragraph.
      const mid = page.locator('[data-pair="1"] [lang="zh-Hans"] [data-sentence="1.1"]');
      await mid.scrollIntoViewIfNeeded();
      await mid.focus();
      const play = page.getByRole("button", { name: m.Listening.playSentence, exact: true });
      await expect(play).toBeVisible();
      const box = (await play.boundingBox())!;
      const overlaps = await page.locator("[data-pair] .sentence").evaluateAll(
        (els, b) =>
          els.flatMap((el) => [...el.getClientRects()]).filter((r) => r.width > 0 && r.left < b.x + b.width && r.right > b.x && r.top < b.y + b.height && r.bottom > b.y).length,
        box,
      );
      expect(overlaps, "the play button covers no text").toBe(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);

      // The listening controls wrap to the screen.
      await page.getByRole("toolbar").getByRole("button", { name: m.Listening.open, exact: true }).click();
      await expect(page.getByRole("region", { name: m.Listening.title })).toBeVisible();
      await expectNoHorizontalScroll(page);

      // Pinyin makes lines taller, not wider.
      await page.getByRole("checkbox", { name: m.ReaderSettings.pinyin }).check();
      // pinyin-pro (a large dictionary) is fetched only now: allow for a slow, busy machine.
      await expect(page.locator('[data-pair="0"] ruby').first()).toBeVisible({ timeout: 20_000 });
      await expectNoHorizontalScroll(page);
    });

    test("the header is one row, signed out and signed in", async ({ page }) => {
      const expectOneRow = async () => {
        const header = page.locator(".site-header");
        const hb = (await header.boundingBox())!;
        expect(hb.height, "header height").toBeLessThanOrEqual(56);
        const children = await header.evaluate((h) =>
          Array.from(h.querySelectorAll("a, button, select")).filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, right: r.right })),
        );
        expect(children.length).toBeGreaterThanOrEqual(5);
        const tops = children.map((c) => c.top);
        expect(Math.max(...tops) - Math.min(...tops), "controls on one line").toBeLessThan(12);
        for (const c of children) expect(c.right).toBeLessThanOrEqual(412);
        await expectNoHorizontalScroll(page);
      };
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await expect(page.getByRole("link", { name: m.Nav.signIn })).toBeVisible();
      await expectOneRow();
      await signUp(page, locale);
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await expect(page.getByRole("button", { name: m.Nav.signOut })).toBeVisible();
      await expectOneRow();
    });

    test("the library fits the screen", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.getByRole("heading", { level: 1, name: m.Library.title })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });
  });
}
