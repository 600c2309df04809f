// A signed-in session for the benchmarks: a new user signs up through the real
// form in Chromium, and the browser's cookies become a Cookie header.
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumExecutablePath } from "@/e2e/helpers/chromium";
import en from "@/messages/en.json";

/** Signs a new user up through the real form and returns the Cookie header of that browser (session and NEXT_LOCALE). */
export async function signUpInBrowser(baseUrl: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    await page.goto("/en/sign-up");
    await page.getByLabel(en.Auth.email).fill(`bench-${Date.now().toString(36)}@example.test`);
    await page.getByLabel(en.Auth.password).fill("correct horse battery");
    await page.getByRole("button", { name: en.Auth.signUp, exact: true }).click();
    await page.getByRole("button", { name: en.Nav.signOut }).waitFor({ timeout: 30_000 });
    const cookies = await page.context().cookies();
    if (!cookies.some((c) => c.name.endsWith("session_token"))) throw new Error("sign-up left no session cookie");
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
