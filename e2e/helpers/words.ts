import type { Page } from "@playwright/test";

/** The viewport centre of the first (or `nth`, from 0) occurrence of `word` in the text of one side (pinyin skipped). */
export async function wordPoint(page: Page, side: "zh" | "en", word: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ side, word, nth }) => {
      let seen = 0;
      for (const s of document.querySelectorAll<HTMLElement>(`[data-side="${side}"] .sentence`)) {
        const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (n.parentElement?.closest("rt, rp")) continue;
          const i = n.data.indexOf(word);
          if (i < 0 || seen++ < nth) continue;
          n.parentElement!.scrollIntoView({ block: "center" });
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    },
    { side, word, nth },
  );
  if (!point) throw new Error(`"${word}" not found on the ${side} side`);
  return point;
}

/** The text ranges painted by a CSS custom highlight. */
export function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, name);
}
