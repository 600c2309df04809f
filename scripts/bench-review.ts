// Server time of the review page's two queries for a heavy user.
//
//   npm run bench:review            (BENCH_RUNS=40; BENCH_KEEP=1 keeps the temp database for EXPLAIN)
//
// Creates a temp database (SQLite, or PostgreSQL with DATABASE_URL=postgresql://…:
// a new database on that server), migrates it (the search index and its
// triggers included), stores 20 texts made from the seed article, and one user
// with 10,000 highlights across them: ~70% with a note, many tagged, a few
// grouped across paragraphs. Rows go in as plain inserts, so the search index
// is filled by the same triggers the app relies on.
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
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient, sqlDialect } from "@/lib/prisma-client";
import { databaseProvider } from "@/lib/database-url";
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

  const paragraphs = await db.paragraph.findMany({ where: { zh: { not: "" }, en: { not: "" } }, select: { id: true, textId: true, index: true, zh: true, en: true } });
  const sentences = await db.sentence.findMany({ select: { paragraphId: true, lang: true, start: true, end: true } });
  const byPara = new Map<string, typeof sentences>();
  for (const s of sentences) byPara.set(s.paragraphId, [...(byPara.get(s.paragraphId) ?? []), s]);

  const random = rng(42);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const now = Date.now();

  const annotations: Prisma.AnnotationCreateManyInput[] = [];
  const highlights: Prisma.HighlightCreateManyInput[] = [];
  const notes: Prisma.NoteCreateManyInput[] = [];
  const noteTags: Prisma.NoteTagCreateManyInput[] = [];
  let made = 0;
  let n = 0;
  while (made < HIGHLIGHTS) {
    const created = new Date(now - (HIGHLIGHTS - made) * 60_000);
    const grouped = random() < 0.05;
    const annotationId = `ann-${n}`;
    const p = pick(paragraphs);
    const parts = grouped ? [p, paragraphs.find((q) => q.textId === p.textId && q.index === p.index + 1) ?? p] : [p];
    if (grouped && parts[1] === p) continue;
    annotations.push({ id: annotationId, userId: USER, textId: p.textId, color: pick(COLORS), createdAt: created, updatedAt: created });
    const lang = random() < 0.7 ? "zh" : "en";
    for (const [position, part] of parts.entries()) {
      const own = (byPara.get(part.id) ?? []).filter((s) => s.lang === lang);
      const s = pick(own);
      const text = lang === "zh" ? part.zh : part.en;
      const len = Math.min(s.end - s.start, lang === "zh" ? 2 + Math.floor(random() * 8) : 6 + Math.floor(random() * 30));
      const start = s.start + Math.floor(random() * (s.end - s.start - len + 1));
      highlights.push({
        id: `hl-${n}-${part.index}`, annotationId, position, paragraphId: part.id, paragraphIndex: part.index, lang, start, end: start + len,
        quote: text.slice(start, start + len), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + len, start + len + 32),
      });
      made++;
    }
    if (random() < 0.7) {
      const body = Array.from({ length: 3 + Math.floor(random() * 12) }, () => pick(NOTE_WORDS)).join(" ");
      const noteId = `note-${n}`;
      notes.push({ id: noteId, userId: USER, annotationId, body, createdAt: created, updatedAt: created });
      const tagCount = Math.floor(random() * 3);
      const chosen = new Set(Array.from({ length: tagCount }, () => Math.floor(random() * TAGS.length)));
      for (const t of chosen) noteTags.push({ noteId, tagId: `tag-${t}` });
    }
    n++;
  }
  // Plain inserts through Prisma on either database, so the search rows are filled by the same triggers the app relies on.
  await db.$transaction(
    async (tx) => {
      await tx.user.create({ data: { id: USER, name: "Bench", email: "bench@example.test" } });
      await tx.tag.createMany({ data: TAGS.map((name, i) => ({ id: `tag-${i}`, userId: USER, name })) });
      await tx.annotation.createMany({ data: annotations });
      await tx.highlight.createMany({ data: highlights });
      await tx.note.createMany({ data: notes });
      await tx.noteTag.createMany({ data: noteTags });
    },
    { timeout: 600_000 },
  );
  const [h, notesCount, d] = [await db.highlight.count(), await db.note.count(), Number((await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "SearchDoc"`)[0].n)];
  // Fresh statistics, as a long-running database would have (SQLite's optimize, PostgreSQL's analyze).
  if (sqlDialect(db) === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  else await db.$queryRawUnsafe("PRAGMA optimize");
  await db.$disconnect();
  return { h, n: notesCount, d };
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

async function main() {
  const tmp = tempDatabase("review-bench-");
  try {
    console.log(`migrating a temp ${databaseProvider(tmp.url) === "postgresql" ? "PostgreSQL" : "SQLite"} database…`);
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
