// Server response time of the reader page for a long text.
//
//   npm run bench:reader            (BENCH_RUNS=30, BENCH_REBUILD=1 to force `next build`)
//
// Creates a temp SQLite database, migrates it, stores a generated text of
// 1,000 paragraph pairs (~300,000 Chinese characters, made from the seed
// article's aligned sentence pairs, shuffled and repeated), builds the app if
// there is no build yet, starts `next start` on a free port and requests
// /en/texts/bench-long sequentially. Time is measured to the last byte of the
// body, as a browser would receive it (gzip). The page carries the first
// FIRST_WINDOW pairs; the browser then fetches the rest in windows of
// MAX_WINDOW, which is timed too (page + every window, one after another, as
// the reader does it), so the cost of the whole text stays visible.
import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { createPrismaClient } from "@/lib/prisma-client";
import type { AlignedParagraph, AlignedSentence, AlignedTextInput } from "@/lib/texts/aligned-text";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { buildSeedArticle } from "@/lib/texts/seed-article";
import { FIRST_WINDOW, MAX_WINDOW } from "@/features/reader/paragraph-window";
import { percentile, rng } from "./bench-stats";
import { ensureBuild, migrate, processGroupCpuMs, ROOT, startNextServer, tempDatabase, type NextServer } from "@/e2e/helpers/next-server";

const PAIRS = 1_000;
const TARGET_CHARS = 300_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 5;
const TARGET_MS = 300;
const SLUG = "bench-long";

interface SentencePair {
  zh: string;
  en: string;
  /** English sentence spans inside `en` (a Chinese sentence may translate to several). */
  enSpans: Array<{ start: number; end: number }>;
}

function seedSentencePairs(): SentencePair[] {
  const dir = path.join(ROOT, "prisma", "seed", "ai-limits");
  const seed = buildSeedArticle(readFileSync(path.join(dir, "zh.raw.txt"), "utf8"), readFileSync(path.join(dir, "en.txt"), "utf8"), "ai-limits");
  const out: SentencePair[] = [];
  for (const p of seed.paragraphs) {
    const pairs = [...new Set(p.sentences.map((s) => s.pair))].sort((a, b) => a - b);
    for (const pair of pairs) {
      const zh = p.sentences.filter((s) => s.lang === "zh" && s.pair === pair);
      const en = p.sentences.filter((s) => s.lang === "en" && s.pair === pair);
      if (zh.length === 0 || en.length === 0) continue;
      const enStart = en[0].start;
      out.push({
        zh: p.zh.slice(zh[0].start, zh[zh.length - 1].end),
        en: p.en.slice(enStart, en[en.length - 1].end),
        enSpans: en.map((s) => ({ start: s.start - enStart, end: s.end - enStart })),
      });
    }
  }
  return out;
}

/** 1,000 paragraph pairs totalling ~300,000 Chinese characters, from shuffled seed sentences. */
function generateLongText(): AlignedTextInput {
  const source = seedSentencePairs();
  const random = rng(20240422);
  let deck: SentencePair[] = [];
  const next = () => {
    if (deck.length === 0) {
      deck = [...source];
      for (let i = deck.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [deck[i], deck[j]] = [deck[j], deck[i]];
      }
    }
    return deck.pop()!;
  };

  const paragraphs: AlignedParagraph[] = [];
  let total = 0;
  for (let p = 0; p < PAIRS; p++) {
    // Aim each paragraph at what is left, so the total lands close to the target.
    const target = Math.round((TARGET_CHARS - total) / (PAIRS - p));
    let zh = "";
    let en = "";
    let enIndex = 0;
    const sentences: AlignedSentence[] = [];
    for (let pair = 0; zh.length < target || pair === 0; pair++) {
      const s = next();
      sentences.push({ lang: "zh", index: pair, start: zh.length, end: zh.length + s.zh.length, pair });
      zh += s.zh;
      if (en) en += " ";
      for (const span of s.enSpans) sentences.push({ lang: "en", index: enIndex++, start: en.length + span.start, end: en.length + span.end, pair });
      en += s.en;
    }
    total += zh.length;
    paragraphs.push({ zh, en, sentences });
  }
  return {
    slug: SLUG,
    titleZh: "基准测试：长文阅读",
    titleEn: "Benchmark: a long text",
    author: "张军平",
    authorEn: "Zhang Junping",
    source: "bench-reader (generated from the seed article)",
    publishedOn: "2024-04-22",
    ownerId: null,
    paragraphs,
  };
}

interface Sample {
  ms: number;
  ttfbMs: number;
  status: number;
  wireBytes: number;
  body: Buffer;
}

/** One GET, timed from the request to the last byte of the body. */
function timedGet(url: string, accept = "text/html"): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let ttfb = 0;
    const req = http.get(url, { headers: { "accept-encoding": "gzip", accept } }, (res) => {
      ttfb = performance.now() - t0;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const ms = performance.now() - t0;
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({ ms, ttfbMs: ttfb, status: res.statusCode ?? 0, wireBytes: raw.length, body });
      });
    });
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

async function main() {
  const db = tempDatabase("bench-reader-");
  let server: NextServer | null = null;
  try {
    console.log(`database: ${db.url}`);
    migrate(db.url);

    const text = generateLongText();
    const zhChars = text.paragraphs.reduce((n, p) => n + Array.from(p.zh).length, 0);
    const enChars = text.paragraphs.reduce((n, p) => n + p.en.length, 0);
    const sentencePairs = text.paragraphs.reduce((n, p) => n + new Set(p.sentences.map((s) => s.pair)).size, 0);
    const client = createPrismaClient(db.url);
    try {
      const t0 = performance.now();
      const saved = await saveAlignedText(client, text);
      console.log(
        `seeded "${SLUG}": ${text.paragraphs.length} paragraph pairs, ${sentencePairs} sentence pairs, ` +
          `${zhChars.toLocaleString("en")} Chinese characters, ${enChars.toLocaleString("en")} English characters ` +
          `(${saved.status} in ${Math.round(performance.now() - t0)} ms)`,
      );
    } finally {
      await client.$disconnect();
    }

    ensureBuild(db.url, process.env.BENCH_REBUILD === "1");
    server = await startNextServer({ databaseUrl: db.url });
    const url = `${server.url}/en/texts/${SLUG}`;
    console.log(`server: ${server.url} (next start), page: ${url}`);

    for (let i = 0; i < WARMUP; i++) {
      const s = await timedGet(url);
      if (s.status !== 200) throw new Error(`GET ${url} returned ${s.status}`);
    }
    const check = await timedGet(url);
    const html = check.body.toString("utf8");
    const rendered = html.match(/data-pair="\d+"/g)?.length ?? 0;
    if (rendered !== FIRST_WINDOW) throw new Error(`expected the first ${FIRST_WINDOW} paragraph pairs in the page, found ${rendered}`);
    const windowUrls: string[] = [];
    for (let from = FIRST_WINDOW; from < PAIRS; from += MAX_WINDOW) windowUrls.push(`${server.url}/api/texts/${SLUG}/paragraphs?from=${from}&count=${MAX_WINDOW}`);
    let fetched = rendered;
    for (const u of windowUrls) {
      const s = await timedGet(u, "application/json");
      if (s.status !== 200) throw new Error(`GET ${u} returned ${s.status}`);
      fetched += (JSON.parse(s.body.toString("utf8")) as { paragraphs: unknown[] }).paragraphs.length;
    }
    if (fetched !== PAIRS) throw new Error(`page + ${windowUrls.length} windows brought ${fetched} paragraph pairs, expected ${PAIRS}`);

    const samples: Sample[] = [];
    const cpuBefore = processGroupCpuMs(server.pid);
    for (let i = 0; i < RUNS; i++) samples.push(await timedGet(url));
    const cpuAfter = processGroupCpuMs(server.pid);
    const bad = samples.find((s) => s.status !== 200);
    if (bad) throw new Error(`GET ${url} returned ${bad.status}`);

    // The whole text: the page, then every window after it, as the browser fetches them.
    const full: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      const t0 = performance.now();
      await timedGet(url);
      for (const u of windowUrls) await timedGet(u, "application/json");
      full.push(performance.now() - t0);
    }
    full.sort((a, b) => a - b);

    const times = samples.map((s) => s.ms).sort((a, b) => a - b);
    const ttfb = samples.map((s) => s.ttfbMs).sort((a, b) => a - b);
    const median = percentile(times, 50);
    const p90 = percentile(times, 90);
    const min = times[0];
    console.log(
      `${RUNS} sequential requests after ${WARMUP} warm-up: median ${median.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms, ` +
        `min ${min.toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (time to first byte: median ${percentile(ttfb, 50).toFixed(0)} ms)`,
    );
    if (cpuBefore !== null && cpuAfter !== null) {
      console.log(`server CPU time: ${((cpuAfter - cpuBefore) / RUNS).toFixed(0)} ms per request (user + system, all server processes)`);
    }
    console.log(`HTML: ${kb(check.body.length)} (${kb(check.wireBytes)} gzip on the wire), first ${FIRST_WINDOW} of ${PAIRS} pairs`);
    console.log(
      `whole text (page + ${windowUrls.length} background windows of ${MAX_WINDOW} pairs, sequential): median ${percentile(full, 50).toFixed(0)} ms over ${full.length} runs`,
    );
    const ok = median < TARGET_MS;
    console.log(
      `reader page, ${PAIRS} pairs / ${Math.round(zhChars / 1000)}k chars: median ${median.toFixed(0)} ms ` +
        `(p90 ${p90.toFixed(0)} ms, min ${min.toFixed(0)} ms) — target < ${TARGET_MS} ms${ok ? "" : " — OVER TARGET"}`,
    );
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
