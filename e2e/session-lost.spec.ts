import { expect, test, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { PASSWORD, signUp } from "./helpers/auth";
import { SEED_SLUG } from "./helpers/seed";

const ZH = (key: string) => `[data-side="zh"] [data-sentence="${key}"]`;

for (const locale of LOCALES) {
  const m = messages(locale);

  test(`/${locale}: signed out in another tab, the reader keeps its marks read-only and offers one way back`, async ({ page, context, pageProblems }) => {
    const email = await signUp(page, locale);
    await page.goto(`/${locale}/texts/${SEED_SLUG}`);
    await waitForHydration(page);
    await page.locator(ZH("0.1")).focus();
    await page.keyboard.press("h");
    const kept = page.locator(`${ZH("0.1")} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`);
    await expect(kept).toBeVisible();

    // Another tab signs out.
    const other = await context.newPage();
    await other.goto(`/${locale}`);
    await other.getByRole("button", { name: m.Nav.signOut }).click();
    await expect(other.getByRole("link", { name: m.Nav.signIn })).toBeVisible();
    await other.close();

    // Back here, the next highlight fails: the marks stay, one toast says why and links to sign-in.
    await page.locator(`[data-pair="3"]`).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.locator(ZH("3.0")).focus();
    await page.keyboard.press("h");
    const toast = page.locator(".toast").filter({ hasText: m.ReaderExtras.sessionLost });
    await expect(toast).toHaveCount(1);
    await expect(kept).toBeVisible();
    await expect(page.locator(`${ZH("3.0")} mark`)).toHaveCount(0);
    // The header follows: it offers signing in, not out.
    await expect(page.getByRole("banner").getByRole("link", { name: m.Nav.signIn })).toBeVisible();
    await expect(page.getByRole("button", { name: m.Nav.signOut })).toHaveCount(0);

    // Trying again asks to sign in instead of stacking errors.
    await page.locator(ZH("3.1")).focus();
    await page.keyboard.press("h");
    await expect(page.getByRole("dialog", { name: m.Annotations.signInPrompt })).toBeVisible();
    await expect(page.locator(".toast")).toHaveCount(1);
    await expect(kept).toBeVisible();

    // The link returns to the same spot once signed in.
    const link = toast.getByRole("link", { name: m.ReaderExtras.signInAgain });
    const href = (await link.getAttribute("href"))!;
    const next = new URL(href, "http://x").searchParams.get("next")!;
    expect(next).toMatch(new RegExp(`^/${locale}/texts/${SEED_SLUG}#pair-[2-4]$`));
    await link.click();
    await page.getByLabel(m.Auth.email).fill(email);
    await page.getByLabel(m.Auth.password).fill(PASSWORD);
    await page.getByRole("button", { name: m.Auth.signIn, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/texts/${SEED_SLUG}#pair-[2-4]$`));
    await expect(kept).toBeVisible();

    // The browser logs the API's 401 for the signed-out refetch: that is the situation under test, not an app error.
    const expected = (p: { message: string }) => /status of 401/.test(p.message);
    expect(pageProblems.filter(expected).length).toBeGreaterThan(0);
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !expected(p)));
  });
}
