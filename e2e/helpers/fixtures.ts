import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

export interface PageProblem {
  url: string;
  kind: "pageerror" | "console.error";
  message: string;
}

// A 404 page makes the browser log "Failed to load resource: ... 404"; that is the
// point of those tests, not an error in the app.
const EXPECTED_CONSOLE = [/Failed to load resource: the server responded with a status of 404/];

/** Records uncaught exceptions and console errors of a page. */
export function watchPage(page: Page, problems: PageProblem[]): void {
  page.on("pageerror", (err) => problems.push({ url: page.url(), kind: "pageerror", message: err.stack ?? err.message }));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (EXPECTED_CONSOLE.some((re) => re.test(text))) return;
    problems.push({ url: page.url(), kind: "console.error", message: text });
  });
}

/** Watches every page a context opens, including pages opened later. */
export function watchContext(context: BrowserContext, problems: PageProblem[]): void {
  for (const page of context.pages()) watchPage(page, problems);
  context.on("page", (page) => watchPage(page, problems));
}

/**
 * The suite's `test`: every test fails if any page it opened threw an uncaught
 * error (a `pageerror` event, which includes hydration crashes) or logged a
 * console error such as a React hydration mismatch.
 */
export const test = base.extend<{ pageProblems: PageProblem[] }>({
  pageProblems: [
    async ({ context }, use) => {
      const problems: PageProblem[] = [];
      watchContext(context, problems);
      await use(problems);
      expect(problems, "uncaught page errors / console errors").toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Waits until React has hydrated the element matching `selector` (React puts
 * its `__reactProps$…` key on every DOM node it owns). Before that, clicks and
 * hovers reach plain server HTML and nothing reacts to them.
 */
export async function waitForHydration(page: Page, selector = ".reader-toolbar input"): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && Object.keys(el).some((k) => k.startsWith("__reactProps$"));
  }, selector);
}
