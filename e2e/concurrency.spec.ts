// SQLite has one writer at a time: many saves arriving together must queue
// (busy timeout, serialized transactions), never fail with "database is locked".
import { test, expect } from "./helpers/fixtures";
import { signUp, uniqueEmail } from "./helpers/auth";
import { seedArticle, SEED_SLUG } from "./helpers/seed";
import { callActionRaw, readerParagraphs, sessionCookieHeader, type ActionResultLike } from "./helpers/server-actions";

const COUNT = 50;

interface Created {
  highlights: Array<{ id: string; paragraphId: string; lang: string; start: number; end: number; quote: string }>;
}

test("50 createAnnotation calls at once from one user all succeed and are all stored", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  await signUp(page, "en", uniqueEmail("burst"));
  const cookie = sessionCookieHeader(await page.context().cookies());
  // A request context of its own, used right away: no keep-alive socket left
  // idle through the sign-up (Node closes those after 5 s, and reusing one as
  // it closes is an ECONNRESET that says nothing about the app).
  const request = await playwright.request.newContext({ baseURL });
  const article = seedArticle();
  const paragraphs = await readerParagraphs(request, article.paragraphs);

  // 50 distinct sentences, round-robin over the paragraphs and both languages:
  // the first (up to) 16 characters of each.
  const queues = article.paragraphs.map((p, pi) =>
    p.sentences
      .map((s) => ({ pi, lang: s.lang, start: s.start, end: Math.min(s.end, s.start + 16) }))
      .filter((s) => {
        const text = s.lang === "zh" ? p.zh : p.en;
        return text.slice(s.start, s.end).trim().length > 0;
      }),
  );
  const anchors: Array<{ pi: number; lang: "zh" | "en"; start: number; end: number }> = [];
  for (let round = 0; anchors.length < COUNT; round++) {
    const before = anchors.length;
    for (const q of queues) if (q[round] && anchors.length < COUNT) anchors.push(q[round]);
    if (anchors.length === before) throw new Error(`the seed article has fewer than ${COUNT} sentences`);
  }
  const inputs = anchors.map((a, i) => {
    const p = paragraphs[a.pi];
    const text = a.lang === "zh" ? p.zh : p.en;
    return {
      textSlug: SEED_SLUG,
      color: (["yellow", "green", "blue", "pink", "purple"] as const)[i % 5],
      parts: [{ paragraphId: p.id, lang: a.lang, start: a.start, end: a.end, quote: text.slice(a.start, a.end) }],
    };
  });
  expect(new Set(inputs.map((x) => `${x.parts[0].paragraphId}/${x.parts[0].lang}/${x.parts[0].start}`)).size).toBe(COUNT);
  expect(new Set(inputs.map((x) => x.parts[0].paragraphId)).size).toBe(paragraphs.length);

  const responses = await Promise.all(
    inputs.map((input) => callActionRaw<ActionResultLike<Created>>(request, cookie, "createAnnotation", input)),
  );
  for (const [i, res] of responses.entries()) {
    expect(res.text, `response ${i}`).not.toMatch(/database is locked|SQLITE_BUSY/i);
    expect(res.result, `response ${i}`).toMatchObject({ ok: true });
  }
  const createdIds = responses.map((r) => (r.result.ok ? r.result.data.highlights[0].id : ""));
  expect(new Set(createdIds).size).toBe(COUNT);

  const api = await request.get("/api/texts/ai-limits/annotations", { headers: { Cookie: cookie } });
  expect(api.status()).toBe(200);
  const stored = (await api.json()) as Created;
  expect(stored.highlights).toHaveLength(COUNT);
  expect(new Set(stored.highlights.map((h) => h.id))).toEqual(new Set(createdIds));
  // Each stored highlight is exactly the one that was asked for.
  const asked = new Set(inputs.map((x) => JSON.stringify(x.parts[0])));
  for (const h of stored.highlights) {
    expect(asked.has(JSON.stringify({ paragraphId: h.paragraphId, lang: h.lang, start: h.start, end: h.end, quote: h.quote }))).toBe(true);
  }
  await request.dispose();
});
