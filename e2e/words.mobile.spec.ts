import { expect, test, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { SEED_SLUG } from "./helpers/seed";
import { wordPoint } from "./helpers/words";

// Runs in the "phone" project (Pixel 7, touch).
for (const locale of LOCALES) {
  const m = messages(locale);

  test(`/${locale} on a phone: tapping 显卡 opens a bottom sheet that leaves the word visible`, async ({ page }) => {
    await page.goto(`/${locale}/texts/${SEED_SLUG}`);
    await waitForHydration(page);
    const p = await wordPoint(page, "zh", "显卡");
    await page.touchscreen.tap(p.x, p.y);
    const sheet = page.getByRole("dialog", { name: m.Words.popupLabel.replace("{word}", "显卡") });
    await expect(sheet).toBeVisible({ timeout: 30_000 }); // the word data may still be loading on a fresh server
    await expect(sheet).toContainText("xiǎn kǎ");
    await expect(sheet).toContainText("graphics card");
    const box = (await sheet.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y + box.height).toBeGreaterThanOrEqual(viewport.height - 1); // docked at the bottom
    const word = await page.evaluate(() => {
      const r = CSS.highlights.get("word-open");
      const range = r ? ([...r][0] as Range) : null;
      return range ? range.getBoundingClientRect().bottom : null;
    });
    expect(word).not.toBeNull();
    expect(word!).toBeLessThanOrEqual(box.y);
  });
}
