import type { Page } from "@playwright/test";
import { expect, waitForHydration } from "./fixtures";
import { messages } from "./i18n";
import { selectText } from "./auth";
import { recordActions, type RecordedAction } from "./recorded-actions";

/** Highlights the first characters of a sentence of the seed article in the English reader; returns the createHighlights request the browser sent. */
export async function recordHighlight(page: Page, sentence: string): Promise<RecordedAction> {
  const a = messages("en").Annotations;
  await page.goto("/en/texts/ai-limits");
  await waitForHydration(page);
  const recorder = recordActions(page);
  await selectText(page, sentence, 0, 10);
  await page.getByRole("toolbar", { name: a.toolbarLabel }).getByRole("button", { name: a.highlight, exact: true }).click();
  await expect(page.locator(`${sentence} mark[data-highlight-id]:not([data-highlight-id^='tmp-'])`)).toHaveCount(1);
  const [create] = await recorder.stop();
  return create;
}
