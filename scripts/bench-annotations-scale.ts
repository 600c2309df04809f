// The reader page and the annotations API of one text as its highlights grow.
//
//   npm run bench:annotations-scale      (BENCH_RUNS=15, BENCH_REBUILD=1 to force `next build`)
//
// One signed-in user (signed up through the real form in Chromium) on the
// seed article; highlights are added straight into the database in steps of
// 0 → 1,000 → 5,000 → 20,000, each with a note on every third one, and at
// each step the page and the API are requested sequentially. Prints the
// median server time of each. Target: the reader page at 20,000 highlights
// within 3× its time at 0.
import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/prisma-client";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { buildSeedArticle } from "@/lib/texts/seed-article";
import { ensureBuild, migrate, ROOT, startNextServer, tempDatabase, type NextServer } from "@/e2e/helpers/next-server";
import { median, rng } from "./bench-stats";
import { signUpAndRecord } from "./bench-browser-session";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumExecutablePath } from "@/e2e/helpers/chromium";
import en from "@/messages/en.json";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const STEPS = [0, 1_000, 5_000, 20_000];
const SLUG = "ai-limits";
const TARGET_RATIO = 3;

function timedGet(url: string, cookie: string): Promise<{ ms: number; status: number; bytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(url, { headers: { cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, bytes: body.length, body: body.toString("utf8") });
      });
    });
    req.on("error", reject);
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

async function medianOf(url: string, cookie: string) {
  await timedGet(url, cookie); // warm
  const times: number[] = [];
  let last = { status: 0, bytes: 0, body: "" };
  for (let i = 0; i < RUNS; i++) {
    const r = await timedGet(url, cookie);
    if (r.status !== 200) throw new Error(`GET ${url} returned ${r.status}`);
    times.push(r.ms);
    last = r;
  }
  return { ms: median(times), bytes: last.bytes, body: last.body };
}

/** Adds highlights (and a note on every third) until the user has `total` on the text. */
function growTo(file: string, userId: string, total: number, from: number) {
  const raw = new Database(file);
  try {
    const text = raw.prepare(`SELECT id FROM "Text" WHERE slug = ?`).get(SLUG) as { id: string };
    const paragraphs = raw.prepare(`SELECT id, "index", zh FROM "Paragraph" WHERE textId = ? ORDER BY "index"`).all(text.id) as { id: string; index: number; zh: string }[];
    const random = rng(total);
    const now = new Date().toISOString();
    const ann = raw.prepare(`INSERT INTO "Annotation" (id, userId, textId, color, createdAt, updatedAt) VALUES (?, ?, ?, 'yellow', ?, ?)`);
    const part = raw.prepare(`INSERT INTO "Highlight" (id, annotationId, position, paragraphId, paragraphIndex, lang, start, "end", quote, prefix, suffix) VALUES (?, ?, 0, ?, ?, 'zh', ?, ?, ?, '', '')`);
    const note = raw.prepare(`INSERT INTO "Note" (id, userId, annotationId, body, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`);
    raw.transaction(() => {
      for (let i = from; i < total; i++) {
        const p = paragraphs[Math.floor(random() * paragraphs.length)];
        const len = 2 + Math.floor(random() * 6);
        const start = Math.floor(random() * Math.max(1, p.zh.length - len));
        ann.run(`scale-${i}`, userId, text.id, now, now);
        part.run(`scale-h-${i}`, `scale-${i}`, p.id, p.index, start, start + len, p.zh.slice(start, start + len));
        if (i % 3 === 0) note.run(`scale-n-${i}`, userId, `scale-${i}`, `note ${i}`, now, now);
      }
    })();
  } finally {
    raw.close();
  }
}

/** Opens the reader signed in and waits until every highlight has a mark; then opens the notes panel. */
async function marksInBrowser(baseUrl: string, cookieHeader: string, expected: number) {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    const host = new URL(baseUrl).hostname;
    await context.addCookies(
      cookieHeader.split("; ").map((kv) => {
        const name = kv.slice(0, kv.indexOf("="));
        return { name, value: kv.slice(kv.indexOf("=") + 1), domain: host, path: "/", secure: name.startsWith("__Secure-") };
      }),
    );
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`/en/texts/${SLUG}`);
    const count = () => page.evaluate(() => new Set([...document.querySelectorAll("mark[data-highlight-id]")].map((m) => m.getAttribute("data-highlight-id"))).size);
    await page.waitForFunction((n) => new Set([...document.querySelectorAll("mark[data-highlight-id]")].map((m) => m.getAttribute("data-highlight-id"))).size >= n, expected, { timeout: 120_000, polling: 100 });
    const ms = performance.now() - t0;
    const marks = await count();
    await page.getByRole("button", { name: new RegExp(`^${en.Annotations.panelTitle}`) }).click();
    await page.locator(".notes-item").first().waitFor({ timeout: 60_000 });
    const notes = await page.locator(".notes-item").count();
    return { ms, marks, notes };
  } finally {
    await browser.close();
  }
}

async function main() {
  const db = tempDatabase("bench-scale-");
  let server: NextServer | null = null;
  try {
    migrate(db.url);
    const dir = path.join(ROOT, "prisma", "seed", "ai-limits");
    const client = createPrismaClient(db.url);
    await saveAlignedText(client, buildSeedArticle(readFileSync(path.join(dir, "zh.raw.txt"), "utf8"), readFileSync(path.join(dir, "en.txt"), "utf8"), SLUG));
    await client.$disconnect();

    ensureBuild(db.url, process.env.BENCH_REBUILD === "1");
    server = await startNextServer({ databaseUrl: db.url });
    const { cookie } = await signUpAndRecord(server.url);
    const file = db.url.replace(/^file:/, "");
    const probe = new Database(file, { readonly: true });
    const userId = (probe.prepare(`SELECT id FROM "user" LIMIT 1`).get() as { id: string }).id;
    probe.close();

    console.log(`${RUNS} sequential requests per figure, after one warm-up; one user, the seed article (${SLUG})\n`);
    console.log("highlights   reader page (median)   annotations API (median)   API body");
    const pageAt = new Map<number, number>();
    let have = 0;
    for (const step of STEPS) {
      growTo(file, userId, step, have);
      have = step;
      const page = await medianOf(`${server.url}/en/texts/${SLUG}`, cookie);
      const api = await medianOf(`${server.url}/api/texts/${SLUG}/annotations`, cookie);
      const parsed = JSON.parse(api.body) as { highlights: unknown[]; notes: unknown[] };
      if (parsed.highlights.length !== step || parsed.notes.length !== Math.ceil(step / 3)) {
        throw new Error(`at ${step}: the API returned ${parsed.highlights.length} highlights and ${parsed.notes.length} notes`);
      }
      pageAt.set(step, page.ms);
      console.log(
        `${String(step).padStart(10)}   ${page.ms.toFixed(1).padStart(12)} ms        ${api.ms.toFixed(1).padStart(12)} ms          ${(api.bytes / 1024).toFixed(0).padStart(6)} KiB`,
      );
    }
    // In a real browser: every one of the 20,000 marks shown, and the notes panel listing every note.
    const shown = await marksInBrowser(server.url, cookie, STEPS[STEPS.length - 1]);
    console.log(`\nChromium: all ${shown.marks.toLocaleString("en")} marks drawn ${shown.ms.toFixed(0)} ms after navigation started; notes panel lists ${shown.notes.toLocaleString("en")} annotations`);

    const ratio = pageAt.get(20_000)! / pageAt.get(0)!;
    const ok = ratio <= TARGET_RATIO;
    console.log(`\nreader page at 20,000 highlights: ${ratio.toFixed(2)}× its time at 0 — target ≤ ${TARGET_RATIO}×${ok ? " (met)" : " — OVER TARGET"}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await server?.stop();
    db.cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
