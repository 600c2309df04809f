// A signed-in browser session for the benchmarks: a new user signs up through
// the real form in Chromium, optionally does something in the app while its
// server-action requests are recorded (e2e/helpers/recorded-actions.ts), and
// the browser's cookies become a Cookie header.
import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumExecutablePath } from "@/e2e/helpers/chromium";
import { waitForHydration } from "@/e2e/helpers/fixtures";
import { cookieHeader, recordActions, sessionCookieHeader, type RecordedAction } from "@/e2e/helpers/recorded-actions";
import en from "@/messages/en.json";

export interface BrowserSession {
  /** Every cookie the browser holds (the session and NEXT_LOCALE), as it would send them. */
  cookie: string;
  /** The server-action requests `act` made the browser send, in order. */
  recorded: RecordedAction[];
}

/** Signs a new user up through the real form, then runs `act` (if any) while recording its action requests. */
export async function signUpAndRecord(baseUrl: string, act?: (page: Page) => Promise<void>): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    await page.goto("/en/sign-up");
    await page.getByLabel(en.Auth.email).fill(`bench-${Date.now().toString(36)}@example.test`);
    await page.getByLabel(en.Auth.password).fill("correct horse battery");
    await page.getByRole("button", { name: en.Auth.signUp, exact: true }).click();
    await page.getByRole("button", { name: en.Nav.signOut }).waitFor({ timeout: 60_000 });
    let recorded: RecordedAction[] = [];
    if (act) {
      const recorder = recordActions(page);
      await act(page);
      recorded = await recorder.stop();
    }
    const cookies = await page.context().cookies();
    sessionCookieHeader(cookies); // throws when there is no session
    return { cookie: cookieHeader(cookies), recorded };
  } finally {
    await browser.close();
  }
}

/** In the reader of `slug`: focuses the first sentence and presses H, as a reader highlighting it would. */
export async function highlightFirstSentence(page: Page, slug: string): Promise<void> {
  await page.goto(`/en/texts/${slug}`);
  // A key pressed before the reader's handlers are attached would be lost.
  await waitForHydration(page, "[data-keys-ready]");
  const sentence = page.locator("[data-sentence]").first();
  await sentence.focus();
  await page.keyboard.press("h");
  await sentence.locator("mark[data-highlight-id]:not([data-highlight-id^='tmp-'])").waitFor();
}
