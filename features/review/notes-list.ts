// The notes list and its search, given a Prisma client. It takes the client as
// a parameter (no "server-only") so `npm run bench:review` times exactly the
// code the server runs; queries.ts wraps it for the app.
//
// Finding the page is one raw SQL query over Annotation (filters, search and
// ordering all in the database, LIMIT/OFFSET at the end); only the 20 items of the
// page are then loaded with their parts, paragraphs, notes and cards.

import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { sqlDialect } from "@/lib/prisma-client";
import { likePattern, planSearch, tokenizeQuery } from "@/lib/search/search-query";
import { matchesPinyin, pinyinQuery, syllablesOf } from "@/lib/search/pinyin-match";
import { buildReviewItem } from "./review-item";
import { PAGE_SIZE, type CardFlags, type ReviewFacets, type ReviewFilter, type ReviewItem, type ReviewListItem, type ReviewPage } from "./types";

type Db = Pick<PrismaClient, "$queryRaw" | "annotation" | "text" | "card" | "studySettings" | "tag">;

const and = (conds: Prisma.Sql[]) => Prisma.join(conds, " AND ");

/**
 * The user's search rows (one per highlight part) matching every term. SQLite
 * asks its FTS5 trigram index for 3+ character terms and LIKE for shorter
 * ones; PostgreSQL's pg_trgm index answers LIKE on the lower-cased text for
 * every term, and the user's rows are filtered when a term is too short to
 * have a trigram (the search migrations of each provider say why).
 */
function searchRows(db: Db, userId: string, raw: string): Prisma.Sql | null {
  const plan = planSearch(raw);
  if (!plan) return null;
  const conds = [Prisma.sql`d."userId" = ${userId}`];
  if (sqlDialect(db) === "postgresql") {
    for (const like of tokenizeQuery(raw).map(likePattern)) conds.push(Prisma.sql`d."body" LIKE lower(${like}) ESCAPE '\\'`);
    // OFFSET 0 keeps the planner from probing the matches once per annotation (a nested loop, 90 ms at
    // 10,000 notes): it finds them once, through the trigram index, and hashes them (7 ms).
    return Prisma.sql`SELECT d."noteKey" FROM "SearchDoc" d WHERE ${and(conds)} OFFSET 0`;
  }
  if (plan.match) conds.push(Prisma.sql`d."id" IN (SELECT rowid FROM "SearchFts" WHERE "SearchFts" MATCH ${plan.match})`);
  for (const like of plan.likes) {
    conds.push(Prisma.sql`(${Prisma.join(["quote", "note", "tags", "counterpart"].map((c) => Prisma.sql`d.${Prisma.raw(`"${c}"`)} LIKE ${like} ESCAPE '\\'`), " OR ")})`);
  }
  return Prisma.sql`SELECT d."noteKey" FROM "SearchDoc" d WHERE ${and(conds)}`;
}

/** `a."id"` is one of `ids`, passed as one JSON parameter however many there are. */
function idIn(db: Db, ids: readonly string[]): Prisma.Sql {
  const json = JSON.stringify(ids);
  return sqlDialect(db) === "postgresql"
    ? Prisma.sql`a."id" IN (SELECT jsonb_array_elements_text(${json}::jsonb))`
    : Prisma.sql`a."id" IN (SELECT value FROM json_each(${json}))`;
}

/**
 * The query selecting one row per live annotation. Its first part (h0), its
 * text and its note are joined only when a filter or the ordering needs them.
 */
function buildQuery(db: Db, userId: string, f: Omit<ReviewFilter, "page">, pinyinIds: readonly string[] = []): { from: Prisma.Sql; where: Prisma.Sql } {
  const conds = [Prisma.sql`a."userId" = ${userId}`, Prisma.sql`a."deletedAt" IS NULL`];
  const byText = f.view === "text";
  const needText = f.text !== null || byText;
  const needNote = f.hasNote || f.tag !== null;
  if (f.text) conds.push(Prisma.sql`t."slug" = ${f.text}`);
  if (f.color) conds.push(Prisma.sql`a."color" = ${f.color}`);
  if (f.hasNote) conds.push(Prisma.sql`TRIM(COALESCE(n."body", '')) <> ''`);
  if (f.tag) conds.push(Prisma.sql`EXISTS (SELECT 1 FROM "NoteTag" nt JOIN "Tag" tg ON tg."id" = nt."tagId" WHERE nt."noteId" = n."id" AND tg."name" = ${f.tag})`);
  const rows = searchRows(db, userId, f.q);
  if (rows) {
    // Search rows are per part; a match on any part counts for the whole annotation (noteKey).
    const found = Prisma.sql`a."id" IN (${rows})`;
    // Or found by toneless pinyin.
    conds.push(pinyinIds.length > 0 ? Prisma.sql`(${found} OR ${idIn(db, pinyinIds)})` : found);
  }
  const from = Prisma.raw(
    [
      `FROM "Annotation" a`,
      byText ? `JOIN "Highlight" h0 ON h0."annotationId" = a."id" AND h0."position" = 0` : "",
      needText ? `LEFT JOIN "Text" t ON t."id" = a."textId"` : "",
      needNote ? `LEFT JOIN "Note" n ON n."annotationId" = a."id"` : "",
    ].join(" "),
  );
  return { from, where: and(conds) };
}

/** The user's annotations whose quote spells the query in toneless pinyin ("diedie" → 喋喋), or none when it cannot be pinyin. */
async function findByPinyin(db: Db, userId: string, raw: string): Promise<string[]> {
  const query = pinyinQuery(raw);
  if (!query) return [];
  const rows = await db.$queryRaw<{ noteKey: string; quote: string }[]>`SELECT d."noteKey", d."quote" FROM "SearchDoc" d WHERE d."userId" = ${userId}`;
  return [...new Set(rows.filter((r) => matchesPinyin(syllablesOf(r.quote), query)).map((r) => r.noteKey))];
}

const ORDER = {
  date: Prisma.raw(`a."createdAt" DESC, a."id" DESC`),
  text: Prisma.raw(`t."createdAt", t."id", h0."paragraphIndex", h0."start", a."id"`),
} as const;

/**
 * Ids of the matching annotations, in order (all of them when
 * `page` is null), and the total. With a search, the total comes from
 * COUNT(*) OVER () in the same query, so the search runs once; without one, a
 * separate COUNT is cheaper than the window (which must materialize and sort
 * every row, where LIMIT alone can stop early).
 */
export async function findAnnotationIds(
  db: Db,
  userId: string,
  f: Omit<ReviewFilter, "page">,
  page: { limit: number; offset: number } | null,
): Promise<{ ids: string[]; total: number }> {
  const q = buildQuery(db, userId, f, await findByPinyin(db, userId, f.q));
  const limit = page ? Prisma.sql` LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const count = async () => Number((await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n ${q.from} WHERE ${q.where}`)[0].n);
  if (!page || !planSearch(f.q)) {
    const [rows, total] = await Promise.all([
      db.$queryRaw<{ id: string }[]>`SELECT a."id" AS id ${q.from} WHERE ${q.where} ORDER BY ${ORDER[f.view]}${limit}`,
      page ? count() : Promise.resolve(-1),
    ]);
    return { ids: rows.map((r) => r.id), total: page ? total : rows.length };
  }
  const rows = await db.$queryRaw<{ id: string; total: number | bigint }[]>`SELECT a."id" AS id, COUNT(*) OVER () AS total ${q.from} WHERE ${q.where} ORDER BY ${ORDER[f.view]}${limit}`;
  // Past the last page no row carries the total, so count separately.
  if (rows.length === 0 && page.offset > 0) return { ids: [], total: await count() };
  return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
}

const reviewSelect = {
  id: true,
  color: true,
  createdAt: true,
  parts: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      paragraphIndex: true,
      lang: true,
      start: true,
      end: true,
      quote: true,
      prefix: true,
      suffix: true,
      paragraph: { select: { zh: true, en: true, sentences: { select: { lang: true, start: true, end: true, pair: true }, orderBy: { index: "asc" } } } },
    },
  },
  text: { select: { slug: true, titleZh: true, titleEn: true, author: true, authorEn: true, source: true, sourceEn: true } },
  note: { select: { body: true, tags: { select: { tag: { select: { name: true } } } } } },
} as const;

/** Full items for annotation ids (one page or one export slice, never an unbounded list), in the order given. */
export async function loadReviewItems(db: Db, userId: string, ids: string[]): Promise<ReviewItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.annotation.findMany({ where: { id: { in: ids }, userId, deletedAt: null }, select: reviewSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row && row.parts.length > 0 ? [buildReviewItem(row)] : [];
  });
}

/** Whether each annotation is studied (forward card, or automatic cards on) and has a reverse card. */
export async function cardFlags(db: Db, userId: string, items: ReviewItem[]): Promise<Map<string, CardFlags>> {
  const keys = items.map((i) => i.key);
  const [cards, settings] = await Promise.all([
    db.card.findMany({ where: { annotationId: { in: keys }, userId }, select: { annotationId: true, kind: true, suspended: true } }),
    db.studySettings.findUnique({ where: { userId }, select: { autoCards: true } }),
  ]);
  const auto = settings?.autoCards ?? true;
  const flags = new Map<string, CardFlags>(keys.map((k) => [k, { included: auto, reverse: false }]));
  for (const c of cards) {
    const f = flags.get(c.annotationId!);
    if (!f) continue;
    if (c.kind === "forward") f.included = !c.suspended;
    else f.reverse = !c.suspended;
  }
  return flags;
}

export async function listReviewNotes(db: Db, userId: string, filter: ReviewFilter): Promise<ReviewPage> {
  const { ids, total } = await findAnnotationIds(db, userId, filter, { limit: PAGE_SIZE, offset: (filter.page - 1) * PAGE_SIZE });
  const items = await loadReviewItems(db, userId, ids);
  const flags = await cardFlags(db, userId, items);
  const listItems: ReviewListItem[] = items.map((i) => ({ ...i, cards: flags.get(i.key) ?? { included: false, reverse: false } }));
  return { items: listItems, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The texts and tags the filters offer: only ones the user has annotated or used. */
export async function loadReviewFacets(db: Db, userId: string): Promise<ReviewFacets> {
  const [texts, tags] = await Promise.all([
    db.text.findMany({
      where: { annotations: { some: { userId, deletedAt: null } } },
      select: { slug: true, titleZh: true, titleEn: true },
      orderBy: { createdAt: "asc" },
    }),
    db.tag.findMany({ where: { userId, notes: { some: {} } }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return { texts, tags: tags.map((t) => t.name) };
}
