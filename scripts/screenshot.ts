// Takes the README screenshot (docs/reader.png, 1280×900) of the reader with
// one sentence pair highlighted, against a production server on a temp
// database seeded exactly as `npm start` seeds it.
//
//   npx tsx scripts/screenshot.ts            (SCREENSHOT_URL=http://... to use a running server instead)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromiumArgs, chromiumExecutablePath } from "@/e2e/helpers/chromium";
import { waitForHydration } from "@/e2e/helpers/fixtures";
import { ensureBuild, migrate, ROOT, run, startNextServer, tempDatabase, type NextServer } from "@/e2e/helpers/next-server";

const OUT = path.join(ROOT, "docs", "reader.png");

async function main() {
  let server: NextServer | null = null;
  const db = tempDatabase("reader-screenshot-");
  try {
    let baseURL = process.env.SCREENSHOT_URL;
    if (!baseURL) {
      migrate(db.url);
      run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: db.url });
      ensureBuild(db.url);
      server = await startNextServer({ databaseUrl: db.url });
      baseURL = server.url;
    }

    const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
    try {
      const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 900 }, colorScheme: "light", locale: "en-US" });
      await page.goto("/en/texts/ai-limits");
      await waitForHydration(page);
      // The linking listener is attached in an effect just after hydration: hover until it answers.
      const linked = page.locator('[data-pair] [lang="en"] [data-sentence="0.1"].is-linked');
      for (let i = 0; i < 20 && !(await linked.count()); i++) {
        await page.mouse.move(1, 1);
        await page.locator('[data-pair] [lang="zh-Hans"] [data-sentence="0.1"]').hover();
        await page.waitForTimeout(100);
      }
      await linked.waitFor();
      await page.evaluate(() => document.fonts.ready);
      mkdirSync(path.dirname(OUT), { recursive: true });
      await page.screenshot({ path: OUT });
      console.log(`wrote ${path.relative(ROOT, OUT)}`);
    } finally {
      await browser.close();
    }
  } finally {
    await server?.stop();
    db.cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
