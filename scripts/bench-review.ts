// Server time of the review page's two queries for a heavy user.
//
//   npm run bench:review            (BENCH_RUNS=40; BENCH_KEEP=1 keeps the temp database for EXPLAIN)
//
// Creates a temp SQLite database, migrates it (the FTS5 index and its triggers
// included), stores 20 texts made from the seed article, and one user with
// 10,000 highlights across them: ~70% with a note, many tagged, a few grouped
// across paragraphs. Rows go in through plain SQL, so the search index is
// filled by the same triggers the app relies on.
//
// Then it times, in process, exactly what GET /api/review/notes runs
// (listReviewNotes: finding the page, loading its 20 items with context,
// counterpart, note and card flags): the first page of the list, and searches
// (English and Chinese through the trigram index; 1–2 character Chinese
// through the LIKE fallback). HTTP and session lookup are not included; they
// are the same for every page. Target: median < 50 ms each.
//
// Two clocks: wall time, and this process's CPU time (user + system, all its
// threads, so it can exceed wall time) for the same call. It measures the work
// the server does and barely moves when other processes share the machine,
// while wall time then includes waiting for a core.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/prisma-client";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { buildSeedArticle } from "@/lib/texts/seed-article";
import { migrate, ROOT, tempDatabase } from "@/e2e/helpers/next-server";
import { listReviewNotes } from "@/features/review/notes-list";
import { EMPTY_FILTER, type ReviewFilter } from "@/features/review/types";
import { median, rng } from "./bench-stats";

const TEXTS = 20;
const HIGHLIGHTS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;
const TARGET_MS = 50;
const USER = "bench-user";
const COLORS = ["yellow", "green", "blue", "pink", "purple"];
const TAGS = ["vocab", "grammar", "idiom", "energy", "chips", "policy", "history", "词汇", "成语", "科技", "review", "quote"];
const NOTE_WORDS = ["important", "remember", "energy", "compute", "chips", "model", "scaling", "注意", "重要", "算力", "能源", "芯片", "卡脖子", "规模", "数据"];

async function seed(url: string) {
  const db = createPrismaClient(url);
  const dir = path.join(ROOT, "prisma", "seed", "ai-limits");
  const article = buildSeedArticle(readFileSync(path.join(dir, "zh.raw.txt"), "utf8"), readFileSync(path.join(dir, "en.txt"), "utf8"), "ai-limits");
  for (let i = 0; i < TEXTS; i++) {
    await saveAlignedText(db, { ...article, slug: `bench-${i}`, titleZh: `${article.titleZh}（${i + 1}）`, titleEn: `${article.titleEn} (${i + 1})` });
  }
  await db.$disconnect();

  const raw = new Database(url.replace(/^file:/, ""));
  raw.pragma("journal_mode = WAL");
  const paragraphs = raw
    .prepare(`SELECT p."id", p."textId", p."index", p."zh", p."en" FROM "Paragraph" p WHERE p."zh" <> '' AND p."en" <> ''`)
    .all() as { id: string; textId: string; index: number; zh: string; en: string }[];
  const sentences = raw.prepare(`SELECT "paragraphId", "lang", "start", "end" FROM "Sentence"`).all() as { paragraphId: string; lang: string; start: number; end: number }[];
  const byPara = new Map<string, typeof sentences>();
  for (const s of sentences) byPara.set(s.paragraphId, [...(byPara.get(s.paragraphId) ?? []), s]);

  const random = rng(42);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

  const insertUser = raw.prepare(`INSERT INTO "user" ("id", "name", "email", "updatedAt") VALUES (?, ?, ?, ?)`);
  const insertAnnotation = raw.prepare(`INSERT INTO "Annotation" ("id", "userId", "textId", "color", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const insertHighlight = raw.prepare(
    `INSERT INTO "Highlight" ("id", "annotationId", "position", "paragraphId", "paragraphIndex", "lang", "start", "end", "quote", "prefix", "suffix")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNote = raw.prepare(`INSERT INTO "Note" ("id", "userId", "annotationId", "body", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const insertTag = raw.prepare(`INSERT INTO "Tag" ("id", "userId", "name") VALUES (?, ?, ?)`);
  const insertNoteTag = raw.prepare(`INSERT INTO "NoteTag" ("noteId", "tagId") VALUES (?, ?)`);

  raw.transaction(() => {
    insertUser.run(USER, "Bench", "bench@example.test", iso(now));
    TAGS.forEach((name, i) => insertTag.run(`tag-${i}`, USER, name));
    let made = 0;
    let n = 0;
    while (made < HIGHLIGHTS) {
      const created = iso(now - (HIGHLIGHTS - made) * 60_000);
      const grouped = random() < 0.05;
      const annotationId = `ann-${n}`;
      const p = pick(paragraphs);
      const parts = grouped ? [p, paragraphs.find((q) => q.textId === p.textId && q.index === p.index + 1) ?? p] : [p];
      if (grouped && parts[1] === p) continue;
      insertAnnotation.run(annotationId, USER, p.textId, pick(COLORS), created, created);
      const lang = random() < 0.7 ? "zh" : "en";
      for (const [position, part] of parts.entries()) {
        const own = (byPara.get(part.id) ?? []).filter((s) => s.lang === lang);
        const s = pick(own);
        const text = lang === "zh" ? part.zh : part.en;
        const len = Math.min(s.end - s.start, lang === "zh" ? 2 + Math.floor(random() * 8) : 6 + Math.floor(random() * 30));
        const start = s.start + Math.floor(random() * (s.end - s.start - len + 1));
        insertHighlight.run(`hl-${n}-${part.index}`, annotationId, position, part.id, part.index, lang, start, start + len, text.slice(start, start + len),
          text.slice(Math.max(0, start - 32), start), text.slice(start + len, start + len + 32));
        made++;
      }
      if (random() < 0.7) {
        const body = Array.from({ length: 3 + Math.floor(random() * 12) }, () => pick(NOTE_WORDS)).join(" ");
        const noteId = `note-${n}`;
        insertNote.run(noteId, USER, annotationId, body, created, created);
        const tagCount = Math.floor(random() * 3);
        const chosen = new Set(Array.from({ length: tagCount }, () => Math.floor(random() * TAGS.length)));
        for (const t of chosen) insertNoteTag.run(noteId, `tag-${t}`);
      }
      n++;
    }
  })();
  const counts = raw.prepare(`SELECT (SELECT COUNT(*) FROM "Highlight") AS h, (SELECT COUNT(*) FROM "Note") AS n, (SELECT COUNT(*) FROM "SearchDoc") AS d`).get();
  raw.pragma("optimize");
  raw.close();
  return counts as { h: number; n: number; d: number };
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

async function main() {
  const tmp = tempDatabase("review-bench-");
  try {
    console.log("migrating a temp database…");
    migrate(tmp.url);
    const t0 = performance.now();
    const counts = await seed(tmp.url);
    console.log(`seeded ${TEXTS} texts, ${counts.h} highlights, ${counts.n} notes, ${counts.d} search rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const db = createPrismaClient(tmp.url);
    if (process.env.BENCH_SEED_ONLY === "1") return;
    const cases: { name: string; filter: ReviewFilter; kind: "list" | "search" }[] = [
      { name: "notes list, first page (newest first)", filter: EMPTY_FILTER, kind: "list" },
      { name: "notes list, first page (grouped by text)", filter: { ...EMPTY_FILTER, view: "text" }, kind: "list" },
      { name: 'search "energy" (English, trigram)', filter: { ...EMPTY_FILTER, q: "energy" }, kind: "search" },
      { name: 'search "人工智能" (Chinese, trigram)', filter: { ...EMPTY_FILTER, q: "人工智能" }, kind: "search" },
      { name: 'search "卡" (1 character, LIKE fallback)', filter: { ...EMPTY_FILTER, q: "卡" }, kind: "search" },
      { name: 'search "算力" (2 characters, LIKE fallback)', filter: { ...EMPTY_FILTER, q: "算力" }, kind: "search" },
      { name: 'search "model" + colour + tag filters', filter: { ...EMPTY_FILTER, q: "model", color: "blue", tag: "vocab" }, kind: "search" },
    ];
    const results: { name: string; kind: string; median: number; p95: number; cpu: number; total: number }[] = [];
    for (const c of cases) {
      let total = 0;
      for (let i = 0; i < WARMUP; i++) total = (await listReviewNotes(db, USER, c.filter)).total;
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        await listReviewNotes(db, USER, c.filter);
        const used = process.cpuUsage(cpuStart);
        times.push(performance.now() - start);
        cpu.push((used.user + used.system) / 1000);
      }
      results.push({ name: c.name, kind: c.kind, median: median(times), p95: p95(times), cpu: median(cpu), total });
    }
    await db.$disconnect();

    console.log(`\n${RUNS} runs each (after ${WARMUP} warm-up runs); one page = 20 items\n`);
    for (const r of results) {
      console.log(
        `${r.name.padEnd(46)} median ${r.median.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   CPU median ${r.cpu.toFixed(1).padStart(5)} ms   (${r.total} matches)`,
      );
    }
    const worst = (kind: string, key: "median" | "cpu") => Math.max(...results.filter((r) => r.kind === kind).map((r) => r[key]));
    const [list, search] = [worst("list", "median"), worst("search", "median")];
    const [listCpu, searchCpu] = [worst("list", "cpu"), worst("search", "cpu")];
    const [load1] = (await import("node:os")).loadavg();
    console.log(`\nfirst page of the notes list: median ${list.toFixed(1)} ms wall, ${listCpu.toFixed(1)} ms CPU (slowest case)`);
    console.log(`search:                       median ${search.toFixed(1)} ms wall, ${searchCpu.toFixed(1)} ms CPU (slowest case)`);
    console.log(`machine load average: ${load1.toFixed(1)} (wall times include waiting for a core when it is above the core count)`);
    // Judged on wall time; on a machine busy with other work, CPU time is the fairer reading and is printed alongside.
    const pass = list < TARGET_MS && search < TARGET_MS;
    console.log(`target < ${TARGET_MS} ms each (wall): ${pass ? "met" : "MISSED"}; CPU: ${listCpu < TARGET_MS && searchCpu < TARGET_MS ? "met" : "MISSED"}`);
    if (!pass) process.exitCode = 1;
  } finally {
    if (process.env.BENCH_KEEP === "1") console.log(`kept ${tmp.url}`);
    else tmp.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
