// A server action is a public HTTP endpoint: these specs call the annotation
// actions directly (e2e/helpers/server-actions.ts), as an attacker with a
// valid session of their own, or with none, would.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import type { APIRequestContext, Browser } from "@playwright/test";
import { createTranslator } from "next-intl";
import { test, expect } from "./helpers/fixtures";
import { messages } from "./helpers/i18n";
import { PASSWORD, selectText, signIn, signUp, uniqueEmail } from "./helpers/auth";
import { seedArticle, SEED_SLUG } from "./helpers/seed";
import type { HighlightDTO, NoteDTO, TextAnnotations } from "@/features/annotations/types";
import {
  ANNOTATION_ACTIONS,
  callAction,
  callActionRaw,
  readerParagraphs,
  sessionCookieHeader,
  type ActionResultLike,
  type AnnotationActionName,
  type ReaderParagraph,
} from "./helpers/server-actions";

// Each test makes dozens of requests and signs users up through the UI: on a
// loaded two-core machine that takes longer than the suite's default 30 s.
test.describe.configure({ timeout: 120_000 });

const en = messages("en");
const zh = messages("zh");
const READER = "/en/texts/ai-limits";
const API = "/api/texts/ai-limits/annotations";

/** A signed-up user in a context of its own, with the session cookie as a header. */
async function newUser(browser: Browser, prefix: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUp(page, "en", uniqueEmail(prefix));
  const cookie = sessionCookieHeader(await context.cookies());
  return { context, page, email, cookie };
}

async function annotationsOf(request: APIRequestContext, cookie: string): Promise<TextAnnotations> {
  const res = await request.get(API, { headers: { Cookie: cookie } });
  expect(res.status()).toBe(200);
  return (await res.json()) as TextAnnotations;
}

function part(p: ReaderParagraph, lang: "zh" | "en", start: number, end: number) {
  const text = lang === "zh" ? p.zh : p.en;
  return { paragraphId: p.id, lang, start, end, quote: text.slice(start, end) };
}

function expectFailure(result: ActionResultLike, code: string, message: string) {
  expect(result).toEqual({ ok: false, error: { code, message } });
}

async function createOne(
  request: APIRequestContext,
  cookie: string,
  p: ReaderParagraph,
  lang: "zh" | "en",
  start: number,
  end: number,
  extra: Record<string, unknown> = {},
) {
  const res = await callAction<ActionResultLike<{ highlights: HighlightDTO[] }>>(request, cookie, "createAnnotation", {
    textSlug: SEED_SLUG,
    color: "yellow",
    parts: [part(p, lang, start, end)],
    ...extra,
  });
  expect(res.ok, JSON.stringify(res)).toBe(true);
  if (!res.ok) throw new Error("unreachable");
  return res.data.highlights[0];
}

/** A private text owned by nobody who signs in, written straight into the e2e database. */
function insertForeignText(): { slug: string; paragraphId: string; zh: string; en: string } {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (it comes from playwright.config.ts)");
  const db = new Database(url.replace(/^file:/, ""));
  try {
    db.pragma("busy_timeout = 10000");
    const suffix = randomBytes(6).toString("hex");
    const now = new Date().toISOString().replace("Z", "+00:00");
    const text = { id: `e2etext${suffix}`, slug: `e2e-private-${suffix}` };
    const para = { id: `e2epara${suffix}`, zh: "这是另一篇文章的段落。", en: "A paragraph of another text." };
    db.transaction(() => {
      db.prepare(
        `INSERT INTO "Text" (id, slug, titleZh, titleEn, ownerId, createdAt, updatedAt) VALUES (?, ?, '私有文章', 'Private text', ?, ?, ?)`,
      ).run(text.id, text.slug, `e2e-owner-${suffix}`, now, now);
      db.prepare(`INSERT INTO "Paragraph" (id, textId, "index", zh, en) VALUES (?, ?, 0, ?, ?)`).run(para.id, text.id, para.zh, para.en);
    })();
    return { slug: text.slug, paragraphId: para.id, zh: para.zh, en: para.en };
  } finally {
    db.close();
  }
}

/** Rows of the e2e database matching a query: for "nothing was stored" checks that no API can show. */
function countRows(sql: string, ...params: unknown[]): number {
  const db = new Database(process.env.E2E_DATABASE_URL!.replace(/^file:/, ""), { readonly: true });
  try {
    db.pragma("busy_timeout = 10000");
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

const randomId = () => `c${randomBytes(12).toString("hex")}`;

test.describe("annotation actions as a public API", () => {
  test("another user replaying A's requests gets NOT_FOUND, exactly as for a random id, and A's data is unchanged", async ({
    browser,
    request,
  }) => {
    const a = await newUser(browser, "owner-a");
    const b = await newUser(browser, "intruder-b");
    // After the sign-ups, so `request` never reuses a keep-alive socket the server is closing as idle.
    const paragraphs = await readerParagraphs(request, seedArticle().paragraphs);

    // A: a highlight with a tagged note, and a second one A deleted (so "restore" has something to revive).
    const kept = await createOne(request, a.cookie, paragraphs[1], "en", 0, 24, { note: "A's private note" });
    const tagged = await callAction(request, a.cookie, "setTags", { annotationId: kept.annotationId, tags: ["alpha", "beta"] });
    expect(tagged.ok).toBe(true);
    const gone = await createOne(request, a.cookie, paragraphs[2], "zh", 0, 6);
    expect(await callAction(request, a.cookie, "deleteAnnotation", { annotationId: gone.annotationId })).toEqual({ ok: true, data: { annotationId: gone.annotationId } });
    const before = await annotationsOf(request, a.cookie);
    expect(before.highlights.map((h) => h.id)).toEqual([kept.id]);
    expect(before.notes).toHaveLength(1);

    // A's requests, byte for byte, each also sent with a random id.
    const requests: Array<[AnnotationActionName, (id: string) => unknown]> = [
      ["recolorAnnotation", (id) => ({ annotationId: id, color: "pink" })],
      ["saveNote", (id) => ({ annotationId: id, body: "overwritten by B", tags: ["b"] })],
      ["setTags", (id) => ({ annotationId: id, tags: ["b"] })],
      ["deleteNote", (id) => ({ annotationId: id })],
      ["deleteAnnotation", (id) => ({ annotationId: id })],
      ["restoreAnnotation", (id) => ({ annotationId: id })],
    ];
    const notFound = { ok: false, error: { code: "NOT_FOUND", message: en.Annotations.errors.notFound } };
    for (const [name, input] of requests) {
      for (const target of [kept.annotationId, gone.annotationId]) {
        const replayed = await callAction(request, b.cookie, name, input(target));
        const random = await callAction(request, b.cookie, name, input(randomId()));
        expect(replayed, `${name} on A's highlight with B's session`).toEqual(notFound);
        expect(random, `${name} on a random id`).toEqual(replayed);
      }
    }

    // Nothing of A's moved: same highlights, colours, note, tags and timestamps; the deleted one stays deleted.
    expect(await annotationsOf(request, a.cookie)).toEqual(before);

    // B's view never contains anything of A's.
    const own = await createOne(request, b.cookie, paragraphs[3], "en", 0, 12);
    const seenByB = await annotationsOf(request, b.cookie);
    expect(seenByB.highlights.map((h) => h.id)).toEqual([own.id]);
    expect(seenByB.notes).toEqual([]);
    const raw = JSON.stringify(seenByB);
    for (const secret of [kept.id, gone.id, kept.quote, gone.quote, "A's private note", "alpha", before.notes[0].id]) {
      expect(raw).not.toContain(secret);
    }

    // Control: the very same requests do work with A's own session.
    expect((await callAction(request, a.cookie, "recolorAnnotation", { annotationId: kept.annotationId, color: "pink" })).ok).toBe(true);
    expect((await callAction(request, a.cookie, "restoreAnnotation", { annotationId: gone.annotationId })).ok).toBe(true);
    const after = await annotationsOf(request, a.cookie);
    expect(after.highlights.map((h) => [h.id, h.color]).sort()).toEqual([[gone.id, "yellow"], [kept.id, "pink"]].sort());

    await a.context.close();
    await b.context.close();
  });

  test("the annotations API answers 401 without a session and only the caller's data with one", async ({ browser, request }) => {
    const u = await newUser(browser, "api-reader");
    const anonymous = await request.get(API);
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "unauthenticated" });
    const forged = await request.get(API, { headers: { Cookie: "__Secure-better-auth.session_token=forged.value" } });
    expect(forged.status()).toBe(401);

    const mine = await annotationsOf(request, u.cookie);
    expect(mine).toEqual({ textSlug: SEED_SLUG, highlights: [], notes: [] });
    await u.context.close();
  });

  test("every annotation action without a session returns UNAUTHENTICATED and stores nothing", async ({ browser, request }) => {
    const owner = await newUser(browser, "owner-anon");
    const paragraphs = await readerParagraphs(request, seedArticle().paragraphs);
    const h = await createOne(request, owner.cookie, paragraphs[4], "en", 0, 20, { note: "owner's note" });
    const before = await annotationsOf(request, owner.cookie);
    const marker = `anonymous-${randomBytes(6).toString("hex")}`;

    const inputs: Record<AnnotationActionName, unknown> = {
      createAnnotation: { textSlug: SEED_SLUG, color: "green", parts: [part(paragraphs[5], "en", 0, 15)], note: marker },
      recolorAnnotation: { annotationId: h.annotationId, color: "blue" },
      deleteAnnotation: { annotationId: h.annotationId },
      restoreAnnotation: { annotationId: h.annotationId },
      saveNote: { annotationId: h.annotationId, body: marker, tags: [marker] },
      deleteNote: { annotationId: h.annotationId },
      setTags: { annotationId: h.annotationId, tags: [marker] },
    };
    const unauthenticated = { ok: false, error: { code: "UNAUTHENTICATED", message: en.Annotations.errors.unauthenticated } };
    for (const name of ANNOTATION_ACTIONS) {
      expect(await callAction(request, null, name, inputs[name]), `${name} without a cookie`).toEqual(unauthenticated);
      // A forged or stale token is no better than none.
      expect(await callAction(request, "__Secure-better-auth.session_token=forged.value", name, inputs[name])).toEqual(
        unauthenticated,
      );
    }
    expect(await callAction(request, null, "saveNote", inputs.saveNote, { path: "/zh/texts/ai-limits" })).toEqual({
      ok: false,
      error: { code: "UNAUTHENTICATED", message: zh.Annotations.errors.unauthenticated },
    });

    expect(await annotationsOf(request, owner.cookie)).toEqual(before);
    expect(countRows(`SELECT count(*) AS n FROM "Note" WHERE body = ?`, marker)).toBe(0);
    expect(countRows(`SELECT count(*) AS n FROM "Tag" WHERE name = ?`, marker)).toBe(0);
    await owner.context.close();
  });

  test("invalid input gets a clear, localized VALIDATION or NOT_FOUND error and stores nothing", async ({ browser, request }) => {
    const e = en.Annotations.errors;
    const u = await newUser(browser, "validator");
    const paragraphs = await readerParagraphs(request, seedArticle().paragraphs);
    const p = paragraphs[6];
    const base = await createOne(request, u.cookie, p, "zh", 0, 5);
    const before = await annotationsOf(request, u.cookie);
    expect(before.highlights).toHaveLength(1);
    expect(before.notes).toHaveLength(0);

    const create = (parts: unknown[], extra: Record<string, unknown> = {}) =>
      callAction(request, u.cookie, "createAnnotation", { textSlug: SEED_SLUG, color: "yellow", parts, ...extra });

    // Offsets past the end of the paragraph.
    const L = p.en.length;
    const pastEnd = { paragraphId: p.id, lang: "en", start: L - 3, end: L + 5, quote: `${p.en.slice(L - 3)}xxxxx` };
    expectFailure(await create([pastEnd]), "VALIDATION", e.outOfRange);
    // … and the same in Chinese when the page is Chinese.
    expectFailure(
      await callAction(request, u.cookie, "createAnnotation", { textSlug: SEED_SLUG, color: "yellow", parts: [pastEnd] }, { path: "/zh/texts/ai-limits" }),
      "VALIDATION",
      zh.Annotations.errors.outOfRange,
    );
    // A quote that is not what the paragraph says at those offsets.
    expectFailure(await create([{ ...part(p, "en", 0, 10), quote: "not there!" }]), "VALIDATION", e.quoteMismatch);
    // An unknown colour, on create and on recolour.
    expectFailure(await create([part(p, "en", 0, 10)], { color: "orange" }), "VALIDATION", e.invalidColor);
    expectFailure(await callAction(request, u.cookie, "recolorAnnotation", { annotationId: base.annotationId, color: "orange" }), "VALIDATION", e.invalidColor);
    // A paragraph of another (private) text, and one that does not exist.
    const foreign = insertForeignText();
    const foreignPart = { paragraphId: foreign.paragraphId, lang: "en", start: 0, end: 11, quote: foreign.en.slice(0, 11) };
    expectFailure(await create([foreignPart]), "NOT_FOUND", e.notFound);
    expectFailure(await create([{ ...part(p, "en", 0, 10), paragraphId: randomId() }]), "NOT_FOUND", e.notFound);
    expectFailure(
      await callAction(request, u.cookie, "createAnnotation", { textSlug: foreign.slug, color: "yellow", parts: [foreignPart] }),
      "NOT_FOUND",
      e.notFound,
    );
    // Notes: 10,001 characters is one too many (on save and on create).
    const tooLong = "a".repeat(10_001);
    expectFailure(await callAction(request, u.cookie, "saveNote", { annotationId: base.annotationId, body: tooLong }), "VALIDATION", e.noteTooLong);
    expectFailure(await create([part(p, "en", 0, 10)], { note: tooLong }), "VALIDATION", e.noteTooLong);
    // Tags: 21 is too many, 41 characters too long (through setTags and saveNote).
    const tags21 = Array.from({ length: 21 }, (_, i) => `tag${i}`);
    const tag41 = "t".repeat(41);
    expectFailure(await callAction(request, u.cookie, "setTags", { annotationId: base.annotationId, tags: tags21 }), "VALIDATION", e.tooManyTags);
    expectFailure(await callAction(request, u.cookie, "setTags", { annotationId: base.annotationId, tags: [tag41] }), "VALIDATION", e.tagTooLong);
    expectFailure(await callAction(request, u.cookie, "saveNote", { annotationId: base.annotationId, body: "x", tags: tags21 }), "VALIDATION", e.tooManyTags);
    expectFailure(await callAction(request, u.cookie, "saveNote", { annotationId: base.annotationId, body: "x", tags: ["ok", tag41] }), "VALIDATION", e.tagTooLong);

    // Nothing was stored by any of them.
    expect(await annotationsOf(request, u.cookie)).toEqual(before);

    // The limits themselves are accepted: exactly 10,000 characters, 20 tags of 40 characters.
    const longest = "b".repeat(10_000);
    const saved = await callActionRaw<ActionResultLike<NoteDTO>>(request, u.cookie, "saveNote", { annotationId: base.annotationId, body: longest });
    expect(saved.result.ok).toBe(true);
    if (saved.result.ok) expect(saved.result.data.body).toBe(longest);
    const tags20 = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, "0")}${"t".repeat(38)}`);
    const tagged = await callAction<ActionResultLike<NoteDTO>>(request, u.cookie, "setTags", { annotationId: base.annotationId, tags: tags20 });
    expect(tagged.ok).toBe(true);
    const after = await annotationsOf(request, u.cookie);
    expect(after.highlights).toHaveLength(1);
    expect(after.notes).toHaveLength(1);
    expect(after.notes[0].body).toBe(longest);
    expect(after.notes[0].tags).toEqual([...tags20].sort());
    await u.context.close();
  });
});

test("HTML in a note is shown as text, never run, in the highlight panel and the notes panel", async ({ page }) => {
  const a = en.Annotations;
  const script = "<script>window.__pwned=1</script>";
  const img = '<img src=x onerror="window.__pwned=2">';
  const body = `${script}\n\n${img}\n\ninline ${script} and ${img} end\n\n![pixel](/x.png) [link](javascript:window.__pwned=3)`;
  await signUp(page, "en");
  await page.goto(READER);
  const sentence = '[data-pair="2"] [lang="en"] [data-sentence="2.0"]';
  await selectText(page, sentence, 0, 12);
  await page.getByRole("toolbar", { name: a.toolbarLabel }).getByRole("button", { name: a.addNote }).click();
  const panel = page.getByRole("dialog", { name: a.highlightDialog });
  await panel.getByRole("textbox", { name: a.note }).fill(body);
  await panel.getByRole("button", { name: a.save }).click();
  await expect(page.getByRole("status").filter({ hasText: a.saved })).toBeVisible();

  const checkRendered = async (scope: ReturnType<typeof page.locator>) => {
    const md = scope.locator(".note-markdown");
    await expect(md).toHaveCount(1);
    await expect(md).toContainText(script);
    await expect(md).toContainText(img);
    await expect(md).toContainText(`inline ${script} and ${img} end`);
    await expect(md.locator("script, img, iframe, object, embed")).toHaveCount(0);
    for (const href of await md.locator("a").evaluateAll((as) => as.map((x) => x.getAttribute("href") ?? ""))) {
      expect(href).not.toMatch(/^\s*javascript:/i);
    }
  };
  const notPwned = async () => expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

  await checkRendered(panel);
  await notPwned();

  // After a reload (server-rendered page, annotations loaded again), in both panels.
  await page.reload();
  await page.locator(`${sentence} mark[data-highlight-id]`).click();
  await checkRendered(page.getByRole("dialog", { name: a.highlightDialog }));
  await page.getByRole("button", { name: a.close }).first().click();
  await page.getByRole("button", { name: new RegExp(`^${a.panelTitle} \\(`) }).click();
  const notes = page.locator("aside.notes-panel");
  await expect(notes).toBeVisible();
  await checkRendered(notes);
  await notPwned();
  await expect(page.locator(".note-markdown script, .note-markdown img")).toHaveCount(0);
});

test.describe("sign-in", () => {
  const t = en.Auth;
  const rateLimited = createTranslator({ locale: "en", messages: en, namespace: "Auth" })("errors.rateLimited", { minutes: 15 });

  test("a wrong password and an unknown email get the same answer", async ({ page, browser }) => {
    const signedUp = await browser.newContext();
    const email = await signUp(await signedUp.newPage(), "en", uniqueEmail("known"));
    await signedUp.close();

    await signIn(page, "en", email, "wrong password 1");
    // The form's own alert (Next's route announcer is a role="alert" too).
    const alert = page.locator(".auth-form [role=alert]");
    await expect(alert).toHaveText(t.errors.invalidCredentials);
    const wrongPassword = await alert.textContent();

    await signIn(page, "en", uniqueEmail("nobody"), "wrong password 1");
    await expect(alert).toHaveText(t.errors.invalidCredentials);
    expect(await alert.textContent()).toBe(wrongPassword);
    await expect(page.getByRole("button", { name: en.Nav.signOut })).toHaveCount(0);
  });

  test("after 5 failures for one email, even the right password is refused with the rate-limit message", async ({ page, browser }) => {
    const signedUp = await browser.newContext();
    const email = await signUp(await signedUp.newPage(), "en", uniqueEmail("locked"));
    await signedUp.close();

    for (let i = 1; i <= 5; i++) {
      await signIn(page, "en", email, `wrong password ${i}`);
      await expect(page.locator(".auth-form [role=alert]"), `failure ${i}`).toHaveText(t.errors.invalidCredentials);
    }
    await signIn(page, "en", email, PASSWORD);
    await expect(page.locator(".auth-form [role=alert]")).toHaveText(rateLimited);
    await expect(page.getByRole("button", { name: en.Nav.signOut })).toHaveCount(0);
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => /session_token/.test(c.name))).toEqual([]);
  });
});
