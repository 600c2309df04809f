import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { signUp } from "./helpers/auth";
import { wordPoint } from "./helpers/words";
import { SEED_SLUG, seedArticle } from "./helpers/seed";
import { readingOrder, splitForSpeech, type SpeechItem } from "@/features/listening/speech-text";

// CI has no voices, so speechSynthesis is replaced by a recorder: each
// utterance is kept with the text, lang, rate and voice it was sent with, and
// the test ends utterances itself, which makes the sequence deterministic.
const items: SpeechItem[] = readingOrder(seedArticle().paragraphs.map((p) => ({
  zh: p.zh,
  en: p.en,
  zhSentences: p.sentences.filter((s) => s.lang === "zh"),
  enSentences: p.sentences.filter((s) => s.lang === "en"),
})));
const item = (key: string) => items.find((i) => i.key === key)!;

type Spoken = { text: string; lang: string; rate: number; voice: string | null };
const VOICES = [
  { voiceURI: "test-zh", name: "Test Mandarin", lang: "zh-CN", localService: true, default: false },
  { voiceURI: "test-zh-tw", name: "Test Taiwan", lang: "zh-TW", localService: true, default: false },
  { voiceURI: "test-en", name: "Test English", lang: "en-US", localService: true, default: true },
];

async function stubSpeech(page: Page, voices: typeof VOICES) {
  await page.addInitScript((list) => {
    type U = { text: string; lang: string; rate: number; voice: { voiceURI: string } | null; onend: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null };
    const spoken: U[] = [];
    class Utterance {
      lang = "";
      rate = 1;
      voice = null;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    }
    const synth = {
      getVoices: () => list,
      speak: (u: U) => void spoken.push(u),
      cancel: () => {
        const last = spoken[spoken.length - 1];
        setTimeout(() => last?.onerror?.({ error: "interrupted" }), 0);
      },
      pause: () => {},
      resume: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    const w = window as unknown as { __spoken: () => unknown[]; __finish: () => void };
    w.__spoken = () => spoken.map((u) => ({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.voiceURI ?? null }));
    w.__finish = () => spoken[spoken.length - 1]?.onend?.({});
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: () => Spoken[] }).__spoken());
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __finish: () => void }).__finish());
/** Ends utterances until `count` have been sent in all. */
async function finishUntil(page: Page, count: number) {
  for (let n = (await spoken(page)).length; n < count; n = (await spoken(page)).length) {
    await finish(page);
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(n);
  }
}
const speaking = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll("[data-sentence]")).filter((el) => getComputedStyle(el).getPropertyValue("--speaking").trim() === "1").map((el) => `${el.closest("[data-side]")?.getAttribute("data-side")}:${el.getAttribute("data-sentence")}`));

for (const locale of LOCALES) {
  const m = messages(locale).Listening;

  test.describe(`/${locale} listening`, () => {
    test("plays a sentence with the Chinese voice, highlighted on both sides, split at commas", async ({ page }) => {
      await stubSpeech(page, VOICES);
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);

      const zh = (key: string) => page.locator(`[data-side="zh"] [data-sentence="${key}"]`);
      await zh("1.0").focus();
      await page.keyboard.press("p");
      await expect.poll(() => spoken(page)).toEqual([{ text: item("1.0").zh, lang: "zh-CN", rate: 1, voice: "test-zh" }]);
      await expect.poll(() => speaking(page)).toEqual(["zh:1.0", "en:1.0"]);
      await expect(page.getByRole("region", { name: m.title })).toBeVisible();
      await finish(page);
      await expect.poll(() => speaking(page)).toEqual([]);
      expect(await spoken(page)).toHaveLength(1);

      // The sentence's own button; a long sentence goes out in comma-separated pieces.
      const chunks = splitForSpeech(item("0.0").zh!, "zh");
      expect(chunks.length).toBeGreaterThan(1);
      await zh("0.0").click();
      await page.getByRole("button", { name: m.playSentence }).click();
      await finishUntil(page, 1 + chunks.length);
      expect((await spoken(page)).slice(1).map((s) => s.text)).toEqual(chunks);
      expect(chunks.join("").replace(/\s/g, "")).toBe(item("0.0").zh!.replace(/\s/g, ""));
    });

    test("plays the sentence of a looked-up word from the lookup popup", async ({ page }) => {
      await stubSpeech(page, VOICES);
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);
      const p = await wordPoint(page, "zh", "显卡");
      await page.mouse.click(p.x, p.y);
      const popup = page.getByRole("dialog", { name: messages(locale).Words.popupLabel.replace("{word}", "显卡") });
      // The server loads the word data right after it starts: a test that runs first may wait for it.
      await expect(popup).toBeVisible({ timeout: 30_000 });
      const key = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-side="zh"] [data-sentence]')).find((el) => el.textContent?.includes("显卡"))?.dataset.sentence);
      await popup.getByRole("button", { name: messages(locale).Words.listenSentence }).click();
      const first = splitForSpeech(item(key!).zh!, "zh")[0];
      await expect.poll(() => spoken(page)).toEqual([{ text: first, lang: "zh-CN", rate: 1, voice: "test-zh" }]);
      await expect.poll(() => speaking(page)).toEqual([`zh:${key}`, `en:${key}`]);
    });

    test("reads along across paragraphs, repeats, changes speed and side, pauses, and remembers the voice", async ({ page }) => {
      await stubSpeech(page, VOICES);
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);
      await page.getByRole("toolbar").getByRole("button", { name: m.open, exact: true }).click();
      const bar = page.getByRole("region", { name: m.title });
      await bar.getByRole("combobox", { name: m.side }).selectOption("zh-en");
      await bar.getByRole("combobox", { name: m.repeat }).selectOption("2");

      // Start at the last sentence of the first paragraph: the next one is in paragraph 2.
      const last0 = items.filter((i) => i.pairIndex === 0).at(-1)!;
      await page.locator(`[data-side="zh"] [data-sentence="${last0.key}"]`).focus();
      await bar.getByRole("button", { name: m.readFromFocused }).click();
      const zhChunks = splitForSpeech(last0.zh!, "zh");
      const enChunks = splitForSpeech(last0.en!, "en");
      const once = [...zhChunks.map((text) => ({ text, lang: "zh-CN" })), ...enChunks.map((text) => ({ text, lang: "en-US" }))];
      await finishUntil(page, once.length * 2 + 1);
      const sent = await spoken(page);
      expect(sent.slice(0, once.length * 2).map(({ text, lang }) => ({ text, lang }))).toEqual([...once, ...once]);
      expect(sent.at(-1)).toMatchObject({ text: splitForSpeech(item("1.0").zh!, "zh")[0], lang: "zh-CN" });
      await expect.poll(() => speaking(page)).toEqual(["zh:1.0", "en:1.0"]);

      // Speed applies at once: the current utterance restarts at the new rate.
      await bar.getByRole("combobox", { name: m.speed }).selectOption("1.5");
      await expect.poll(async () => (await spoken(page)).at(-1)).toMatchObject({ text: sent.at(-1)!.text, rate: 1.5 });

      // Next and previous sentence.
      await bar.getByRole("button", { name: m.next }).click();
      await expect.poll(() => speaking(page)).toEqual(["zh:1.1", "en:1.1"]);
      await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(splitForSpeech(item("1.1").zh!, "zh")[0]);
      await bar.getByRole("button", { name: m.previous }).click();
      await expect.poll(() => speaking(page)).toEqual(["zh:1.0", "en:1.0"]);

      // Pause keeps the place; resume reads the interrupted utterance again.
      await bar.getByRole("button", { name: m.pause }).click();
      const before = (await spoken(page)).length;
      await bar.getByRole("button", { name: m.resume }).click();
      await expect.poll(async () => (await spoken(page)).length).toBe(before + 1);
      expect((await spoken(page)).at(-1)!.text).toBe(splitForSpeech(item("1.0").zh!, "zh")[0]);

      // Choosing a voice sticks to the device.
      await bar.getByRole("combobox", { name: m.voiceZh }).selectOption("test-zh-tw");
      await bar.getByRole("button", { name: m.stop }).click();
      await page.reload();
      await waitForHydration(page);
      await page.getByRole("toolbar").getByRole("button", { name: m.open, exact: true }).click();
      await expect(page.getByRole("region", { name: m.title }).getByRole("combobox", { name: m.voiceZh })).toHaveValue("test-zh-tw");
      await page.locator('[data-side="zh"] [data-sentence="2.0"]').focus();
      await page.keyboard.press("p");
      await expect.poll(async () => (await spoken(page)).at(-1)).toMatchObject({ lang: "zh-TW", voice: "test-zh-tw", rate: 1.5 });
    });

    test("in study mode, Chinese then English leaves out the covered English until it is revealed", async ({ page }) => {
      await stubSpeech(page, VOICES);
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);
      await page.getByRole("checkbox", { name: messages(locale).ReaderSettings.studyMode }).check();
      await page.getByRole("toolbar").getByRole("button", { name: m.open, exact: true }).click();
      const bar = page.getByRole("region", { name: m.title });
      await bar.getByRole("combobox", { name: m.side }).selectOption("zh-en");

      // Uncover sentence 1.1 only (T on its Chinese), then read along from 1.0.
      await page.locator('[data-side="zh"] [data-sentence="1.1"]').focus();
      await page.keyboard.press("t");
      await page.locator('[data-side="zh"] [data-sentence="1.0"]').focus();
      await bar.getByRole("button", { name: m.readFromFocused }).click();
      const zh10 = splitForSpeech(item("1.0").zh!, "zh");
      const zh11 = splitForSpeech(item("1.1").zh!, "zh");
      const en11 = splitForSpeech(item("1.1").en!, "en");
      await finishUntil(page, zh10.length + zh11.length + en11.length);
      expect((await spoken(page)).map((s) => s.text)).toEqual([...zh10, ...zh11, ...en11]);
    });

    test("says so, and how to get one, when there is no voice", async ({ page }) => {
      await stubSpeech(page, []);
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);
      await page.getByRole("toolbar").getByRole("button", { name: m.open, exact: true }).click();
      const bar = page.getByRole("region", { name: m.title });
      await expect(bar.getByRole("status")).toContainText(m.noVoiceZh);
      await expect(bar.getByRole("status")).toContainText(m.howToGetVoice);
      await expect(bar.getByRole("button", { name: m.readFromStart })).toBeDisabled();
      await page.locator('[data-side="zh"] [data-sentence="0.0"]').focus();
      await page.keyboard.press("p");
      expect(await spoken(page)).toEqual([]);
    });
  });
}

test("read-along waits for the next paragraph window of a long text and goes on into it", async ({ page }) => {
  test.setTimeout(120_000);
  const t = messages("en");
  const pairs = 104;
  await stubSpeech(page, VOICES);
  await signUp(page, "en");
  await page.goto("/en/import");
  await page.getByLabel(t.Import.textTitle).fill("A long text to listen to");
  await page.getByRole("textbox", { name: t.Import.chineseSide }).fill(Array.from({ length: pairs }, (_, i) => `第${i + 1}段开始了。这是第${i + 1}段的第二句话。`).join("\n\n"));
  await page.getByRole("textbox", { name: t.Import.englishSide }).fill(Array.from({ length: pairs }, (_, i) => `Paragraph ${i + 1} begins. This is its second sentence.`).join("\n\n"));
  await page.getByRole("button", { name: t.Import.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(pairs);

  // Hold back the second window until the reading has reached the end of the first.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/texts/*/paragraphs?**", async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("button", { name: t.Import.save }).click();
  await expect(page).toHaveURL(/\/en\/texts\/a-long-text-to-listen-to/);
  await waitForHydration(page);
  await expect(page.locator("[data-pair]")).toHaveCount(100);

  await page.locator('[data-side="zh"] [data-sentence="99.1"]').focus();
  await page.keyboard.press("r");
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe("这是第100段的第二句话。");
  await finish(page);
  await expect(page.getByRole("region", { name: t.Listening.title }).getByRole("status")).toHaveText(t.Listening.waiting);

  release();
  await expect(page.locator("[data-pair]")).toHaveCount(pairs);
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe("第101段开始了。");
  await expect.poll(() => speaking(page)).toEqual(["zh:100.0", "en:100.0"]);
});
