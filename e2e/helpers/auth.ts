import { expect, type Page } from "@playwright/test";
import { messages, type Locale } from "./i18n";

let counter = 0;

/** A fresh address per call, so parallel tests never share an account. */
export function uniqueEmail(prefix = "reader"): string {
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter++}@example.test`;
}

export const PASSWORD = "correct horse battery";

/** Signs up through the real form and waits for the redirect to the library. */
export async function signUp(page: Page, locale: Locale, email = uniqueEmail()): Promise<string> {
  const t = messages(locale).Auth;
  await page.goto(`/${locale}/sign-up`);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(PASSWORD);
  await page.getByRole("button", { name: t.signUp, exact: true }).click();
  // Generous: the first sign-up on a cold server loads the auth stack and hashes a password on a busy 2-core machine.
  await expect(page.getByRole("button", { name: messages(locale).Nav.signOut })).toBeVisible({ timeout: 30_000 });
  return email;
}

export async function signIn(page: Page, locale: Locale, email: string, password = PASSWORD): Promise<void> {
  const t = messages(locale).Auth;
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(password);
  await page.getByRole("button", { name: t.signIn, exact: true }).click();
}

/**
 * Selects characters [from, to) of an element's text, as a reader dragging
 * the mouse would; the app reacts to the resulting selectionchange event.
 */
export async function selectText(page: Page, selector: string, from: number, to: number): Promise<string> {
  return page.evaluate(
    ({ selector, from, to }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no element ${selector}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      let startSet = false;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement?.closest("rt, rp")) continue;
        const len = n.length;
        if (!startSet && from <= pos + len) {
          range.setStart(n, from - pos);
          startSet = true;
        }
        if (startSet && to <= pos + len) {
          range.setEnd(n, to - pos);
          break;
        }
        pos += len;
      }
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return range.toString();
    },
    { selector, from, to },
  );
}

/** Selects from a character of one element to a character of another (e.g. across paragraphs). */
export async function selectAcross(page: Page, from: { selector: string; offset: number }, to: { selector: string; offset: number }): Promise<string> {
  return page.evaluate(
    ({ from, to }) => {
      const point = (selector: string, offset: number): [Node, number] => {
        const el = document.querySelector(selector);
        if (!el) throw new Error(`no element ${selector}`);
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let pos = 0;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (n.parentElement?.closest("rt, rp")) continue;
          if (offset <= pos + n.length) return [n, offset - pos];
          pos += n.length;
        }
        throw new Error(`offset ${offset} past the end of ${selector}`);
      };
      const range = document.createRange();
      range.setStart(...point(from.selector, from.offset));
      range.setEnd(...point(to.selector, to.offset));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return range.toString();
    },
    { from, to },
  );
}
