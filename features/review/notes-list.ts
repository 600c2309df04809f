// The notes list and its search, given a Prisma client. It takes the client as
// a parameter (no "server-only") so `npm run bench:review` times exactly the
// code the server runs; queries.ts wraps it for the app.
//
// Finding the page is one raw SQL query over Highlight (filters, search and
// ordering all in SQLite, LIMIT/OFFSET at the end); only the 20 items of the
// page are then loaded with their paragraphs, notes and cards.

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { planSearch } from "@/lib/search/search-query";
import { storedHighlightColumns } from "@/features/annotations/stored-highlight";
import { buildReviewItem, type HighlightRowForReview, type NoteRow, type TextRow } from "./review-item";
import { PAGE_SIZE, type CardFlags, type ReviewFacets, type ReviewFilter, type ReviewItem, type ReviewListItem, type ReviewPage } from "./types";

type Db = Pick<PrismaClient, "$queryRawUnsafe" | "highlight" | "text" | "note" | "card" | "studySettings" | "tag">;

/**
 * The query selecting one row per annotation: single highlights, and the
 * first live part of each group (a group is one item, like a note). Text and
 * note rows are joined only when a filter or the ordering needs them.
 */
function buildQuery(userId: string, f: Omit<ReviewFilter, "page">): { from: string; where: string; params: unknown[] } {
  const conds = [
    `h."userId" = ?`,
    `h."deletedAt" IS NULL`,
    `(h."groupId" IS NULL OR h."id" = (SELECT g."id" FROM "Highlight" g WHERE g."groupId" = h."groupId" AND g."deletedAt" IS NULL ORDER BY g."paragraphIndex", g."start" LIMIT 1))`,
  ];
  const params: unknown[] = [userId];
  const needText = f.text !== null || f.view === "text";
  const needNote = f.hasNote || f.tag !== null;
  if (f.text) {
    conds.push(`t."slug" = ?`);
    params.push(f.text);
  }
  if (f.color) {
    conds.push(`h."color" = ?`);
    params.push(f.color);
  }
  if (f.hasNote) conds.push(`TRIM(COALESCE(n1."body", n2."body", '')) <> ''`);
  if (f.tag) {
    conds.push(`EXISTS (SELECT 1 FROM "NoteTag" nt JOIN "Tag" tg ON tg."id" = nt."tagId" WHERE nt."noteId" = COALESCE(n1."id", n2."id") AND tg."name" = ?)`);
    params.push(f.tag);
  }
  const plan = planSearch(f.q);
  if (plan) {
    // Matches on any part of a group count for the whole annotation, hence noteKey.
    const docConds = [`d."userId" = ?`];
    const docParams: unknown[] = [userId];
    if (plan.match) {
      docConds.push(`d."id" IN (SELECT rowid FROM "SearchFts" WHERE "SearchFts" MATCH ?)`);
      docParams.push(plan.match);
    }
    for (const like of plan.likes) {
      docConds.push(`(${["quote", "note", "tags", "counterpart"].map((c) => `d."${c}" LIKE ? ESCAPE '\\'`).join(" OR ")})`);
      docParams.push(like, like, like, like);
    }
    conds.push(`COALESCE(h."groupId", h."id") IN (SELECT d."noteKey" FROM "SearchDoc" d WHERE ${docConds.join(" AND ")})`);
    params.push(...docParams);
  }
  const from = [
    `FROM "Highlight" h`,
    needText ? `LEFT JOIN "Text" t ON t."id" = h."textId"` : "",
    needNote ? `LEFT JOIN "Note" n1 ON n1."highlightId" = h."id"` : "",
    needNote ? `LEFT JOIN "Note" n2 ON h."groupId" IS NOT NULL AND n2."groupId" = h."groupId"` : "",
  ].join(" ");
  return { from, where: conds.join(" AND "), params };
}

const ORDER = {
  date: `h."createdAt" DESC, h."id" DESC`,
  text: `t."createdAt", t."id", h."paragraphIndex", h."start", h."id"`,
} as const;

/**
 * Lead-highlight ids of the matching annotations, in order (all of them when
 * `page` is null), and the total. With a search, the total comes from
 * COUNT(*) OVER () in the same query, so the search runs once; without one, a
 * separate COUNT is cheaper than the window (which must materialize and sort
 * every row, where LIMIT alone can stop early).
 */
export async function findAnnotationLeads(
  db: Db,
  userId: string,
  f: Omit<ReviewFilter, "page">,
  page: { limit: number; offset: number } | null,
): Promise<{ ids: string[]; total: number }> {
  const q = buildQuery(userId, f);
  const limit = page ? " LIMIT ? OFFSET ?" : "";
  const limitParams = page ? [page.limit, page.offset] : [];
  const count = async () =>
    Number((await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n ${q.from} WHERE ${q.where}`, ...q.params))[0].n);
  if (!page || !planSearch(f.q)) {
    const [rows, total] = await Promise.all([
      db.$queryRawUnsafe<{ id: string }[]>(`SELECT h."id" AS id ${q.from} WHERE ${q.where} ORDER BY ${ORDER[f.view]}${limit}`, ...q.params, ...limitParams),
      page ? count() : Promise.resolve(-1),
    ]);
    return { ids: rows.map((r) => r.id), total: page ? total : rows.length };
  }
  const rows = await db.$queryRawUnsafe<{ id: string; total: number | bigint }[]>(
    `SELECT h."id" AS id, COUNT(*) OVER () AS total ${q.from} WHERE ${q.where} ORDER BY ${ORDER[f.view]}${limit}`,
    ...q.params,
    ...limitParams,
  );
  // Past the last page no row carries the total, so count separately.
  if (rows.length === 0 && page.offset > 0) return { ids: [], total: await count() };
  return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
}

const reviewHighlightSelect = {
  ...storedHighlightColumns,
  textId: true,
  paragraph: { select: { zh: true, en: true, sentences: { select: { lang: true, start: true, end: true, pair: true }, orderBy: { index: "asc" } } } },
} as const;

/** Full items for lead-highlight ids, in the order given. */
export async function loadReviewItems(db: Db, userId: string, leadIds: string[]): Promise<ReviewItem[]> {
  if (leadIds.length === 0) return [];
  const leads = await db.highlight.findMany({ where: { userId, id: { in: leadIds } }, select: { id: true, groupId: true } });
  const groupIds = leads.map((l) => l.groupId).filter((g): g is string => g !== null);
  const singles = leads.filter((l) => l.groupId === null).map((l) => l.id);
  // Separate queries per key kind, never `OR` across two IN lists: with OR, SQLite scans all of the user's highlights.
  const noteSelect = { highlightId: true, groupId: true, body: true, tags: { select: { tag: { select: { name: true } } } } } as const;
  const [singleRows, groupRows, singleNotes, groupNotes] = await Promise.all([
    db.highlight.findMany({ where: { id: { in: singles }, userId, deletedAt: null }, select: reviewHighlightSelect }),
    groupIds.length ? db.highlight.findMany({ where: { groupId: { in: groupIds }, userId, deletedAt: null }, select: reviewHighlightSelect }) : [],
    db.note.findMany({ where: { highlightId: { in: singles }, userId }, select: noteSelect }),
    groupIds.length ? db.note.findMany({ where: { groupId: { in: groupIds }, userId }, select: noteSelect }) : [],
  ]);
  const rows: HighlightRowForReview[] = [...singleRows, ...groupRows];
  const notes = [...singleNotes, ...groupNotes];
  const texts = await db.text.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.textId))] } },
    select: { id: true, slug: true, titleZh: true, titleEn: true, author: true, authorEn: true, source: true, sourceEn: true },
  });
  const textById = new Map<string, TextRow>(texts.map((t) => [t.id, t]));
  const noteByKey = new Map<string, NoteRow>(
    notes.map((n) => [(n.groupId ?? n.highlightId)!, { body: n.body, tags: n.tags.map((x) => x.tag.name).sort((a, b) => a.localeCompare(b)) }]),
  );
  const partsByKey = new Map<string, HighlightRowForReview[]>();
  for (const r of rows) {
    const key = r.groupId ?? r.id;
    partsByKey.set(key, [...(partsByKey.get(key) ?? []), r]);
  }
  const items: ReviewItem[] = [];
  for (const lead of leads.sort((a, b) => leadIds.indexOf(a.id) - leadIds.indexOf(b.id))) {
    const key = lead.groupId ?? lead.id;
    const parts = partsByKey.get(key);
    if (!parts) continue;
    items.push(buildReviewItem(key, parts, textById.get(parts[0].textId) ?? null, noteByKey.get(key) ?? null));
  }
  return items;
}

/** Whether each annotation is studied (forward card, or automatic cards on) and has a reverse card. */
export async function cardFlags(db: Db, userId: string, items: ReviewItem[]): Promise<Map<string, CardFlags>> {
  const keys = items.map((i) => i.key);
  const cardSelect = { highlightId: true, groupId: true, kind: true, suspended: true } as const;
  const [byHighlight, byGroup, settings] = await Promise.all([
    db.card.findMany({ where: { highlightId: { in: keys }, userId }, select: cardSelect }),
    db.card.findMany({ where: { groupId: { in: keys }, userId }, select: cardSelect }),
    db.studySettings.findUnique({ where: { userId }, select: { autoCards: true } }),
  ]);
  const cards = [...byHighlight, ...byGroup];
  const auto = settings?.autoCards ?? true;
  const flags = new Map<string, CardFlags>(keys.map((k) => [k, { included: auto, reverse: false }]));
  for (const c of cards) {
    const f = flags.get((c.groupId ?? c.highlightId)!);
    if (!f) continue;
    if (c.kind === "forward") f.included = !c.suspended;
    else f.reverse = !c.suspended;
  }
  return flags;
}

export async function listReviewNotes(db: Db, userId: string, filter: ReviewFilter): Promise<ReviewPage> {
  const { ids, total } = await findAnnotationLeads(db, userId, filter, { limit: PAGE_SIZE, offset: (filter.page - 1) * PAGE_SIZE });
  const items = await loadReviewItems(db, userId, ids);
  const flags = await cardFlags(db, userId, items);
  const listItems: ReviewListItem[] = items.map((i) => ({ ...i, cards: flags.get(i.key) ?? { included: false, reverse: false } }));
  return { items: listItems, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The texts and tags the filters offer: only ones the user has annotated or used. */
export async function loadReviewFacets(db: Db, userId: string): Promise<ReviewFacets> {
  const textIds = await db.highlight.findMany({ where: { userId, deletedAt: null }, select: { textId: true }, distinct: ["textId"] });
  const [texts, tags] = await Promise.all([
    db.text.findMany({ where: { id: { in: textIds.map((t) => t.textId) } }, select: { slug: true, titleZh: true, titleEn: true }, orderBy: { createdAt: "asc" } }),
    db.tag.findMany({ where: { userId, notes: { some: {} } }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return { texts, tags: tags.map((t) => t.name) };
}
