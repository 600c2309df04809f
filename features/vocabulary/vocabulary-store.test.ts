import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, seedTinyText } from "@/features/review/test-db";
import { deleteWord, listVocabulary, saveWord, updateWord } from "./vocabulary-store";
import { matchesQuery } from "./vocabulary-filter";
import { vocabularyToAnkiTsv, vocabularyToCsv } from "./vocabulary-export";
import { loadWordStats } from "@/lib/words/word-stats";
import { loadStudyQueue } from "@/features/review/study-queue";
import { setWordCardEnabled } from "./vocabulary-cards";

const t = createTestDb();
let paragraphId = "";
let second = "";

beforeAll(async () => {
  loadWordStats(); // HSK lists and jieba's counts: a second or more to read on a busy machine
  const text = await seedTinyText(t.db);
  paragraphId = text.paragraphs[0].id;
  second = text.paragraphs[1].id;
  for (const id of ["u1", "u2"]) await t.db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
}, 30_000);
afterAll(() => t.cleanup());

// Paragraph 0: 芯片是卡脖子的问题。大模型需要更多能源。 / Chips are a chokepoint. Large models need more energy.
const energy = () => ({ paragraphId, start: 17, end: 19, headword: "能源", pinyin: "néng yuán", definition: "energy; power source" });

describe("vocabulary store", () => {
  it("saves a word with its sentence and the aligned translation from the stored text", async () => {
    const res = await saveWord(t.db, "u1", energy());
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toMatchObject({ headword: "能源", pinyin: "néng yuán", status: "learning", cards: { recognition: true, recall: true, cloze: true } });
    expect(res.data.contexts).toEqual([
      expect.objectContaining({ sentence: "大模型需要更多能源。", translation: "Large models need more energy.", textSlug: "tiny", paragraphIndex: 0 }),
    ]);
  });

  it("keeps one item per headword, one context per place, and refuses a word that is not at the offsets", async () => {
    await saveWord(t.db, "u1", energy()); // same place again: nothing new
    const items = await listVocabulary(t.db, "u1");
    expect(items).toHaveLength(1);
    expect(items[0].contexts).toHaveLength(1);
    expect(await saveWord(t.db, "u1", { ...energy(), start: 0, end: 2 })).toEqual({ ok: false, error: "QUOTE_MISMATCH" });
    expect(await saveWord(t.db, "u1", { ...energy(), paragraphId: "nope" })).toEqual({ ok: false, error: "NOT_FOUND" });
    const more = await saveWord(t.db, "u1", { paragraphId: second, start: 0, end: 2, headword: "算力", pinyin: "suàn lì", definition: "computing power" });
    expect(more.ok).toBe(true);
  });

  it("searches hanzi, pinyin with or without tones, and English; filters and sorts", async () => {
    const hw = async (f: Parameters<typeof listVocabulary>[2]) => (await listVocabulary(t.db, "u1", f)).map((i) => i.headword);
    expect(await hw({ q: "能" })).toEqual(["能源"]);
    expect(await hw({ q: "nengyuan" })).toEqual(["能源"]);
    expect(await hw({ q: "néng yuán" })).toEqual(["能源"]);
    expect(await hw({ q: "computing" })).toEqual(["算力"]);
    expect(await hw({ sort: "pinyin" })).toEqual(["能源", "算力"]);
    expect(await hw({ text: "other" })).toEqual([]);
    expect(matchesQuery({ headword: "显卡", pinyin: "xiǎn kǎ", definition: "graphics card", note: "" }, "xian")).toBe(true);
  });

  it("gives each saved word recognition, recall and cloze cards in the study queue, until it is known", async () => {
    const queue = await loadStudyQueue(t.db, "u1", "UTC");
    const words = queue.cards.filter((c) => c.type === "word");
    expect(words.map((c) => c.kind).sort()).toEqual(["cloze", "cloze", "recall", "recall", "recognition", "recognition"]);
    const cloze = words.find((c) => c.type === "word" && c.kind === "cloze" && c.word.headword === "能源");
    expect(cloze?.type === "word" && cloze.word).toMatchObject({ sentence: "大模型需要更多能源。", start: 7, end: 9, translation: "Large models need more energy." });
    expect((await loadStudyQueue(t.db, "u2", "UTC")).cards).toEqual([]);
    const [item] = await listVocabulary(t.db, "u1", { q: "算力" });
    await updateWord(t.db, "u1", item.id, { status: "known" });
    const after = (await loadStudyQueue(t.db, "u1", "UTC")).cards.filter((c) => c.type === "word");
    expect(after.every((c) => c.type === "word" && c.word.headword === "能源")).toBe(true);
    await updateWord(t.db, "u1", item.id, { status: "learning" });
    // A kind turned off leaves study; the other kinds stay.
    expect(await setWordCardEnabled(t.db, "u2", item.id, "recall", false)).toBe(false);
    expect(await setWordCardEnabled(t.db, "u1", item.id, "recall", false)).toBe(true);
    const kinds = (await loadStudyQueue(t.db, "u1", "UTC")).cards.flatMap((c) => (c.type === "word" && c.word.headword === "算力" ? [c.kind] : []));
    expect(kinds.sort()).toEqual(["cloze", "recognition"]);
    expect((await listVocabulary(t.db, "u1", { q: "算力" }))[0].cards).toEqual({ recognition: true, recall: false, cloze: true });
  });

  it("edits, marks known and deletes only the owner's words", async () => {
    const [item] = await listVocabulary(t.db, "u1", { q: "能源" });
    expect(await updateWord(t.db, "u2", item.id, { status: "known" })).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await deleteWord(t.db, "u2", item.id)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await listVocabulary(t.db, "u2")).toEqual([]);
    const up = await updateWord(t.db, "u1", item.id, { status: "known", note: "from the AI article", definition: "energy" });
    expect(up.ok && up.data).toMatchObject({ status: "known", note: "from the AI article", definition: "energy" });
    expect((await listVocabulary(t.db, "u1", { status: "known" })).map((i) => i.headword)).toEqual(["能源"]);
    expect(await deleteWord(t.db, "u1", item.id)).toEqual({ ok: true, data: { id: item.id } });
    expect((await listVocabulary(t.db, "u1")).map((i) => i.headword)).toEqual(["算力"]);
  });

  it("exports Anki TSV with one field per column and header lines, and CSV", async () => {
    const items = await listVocabulary(t.db, "u1");
    const tsv = vocabularyToAnkiTsv(items).split("\n");
    expect(tsv.slice(0, 4)).toEqual(["#separator:tab", "#html:false", "#columns:Hanzi\tPinyin\tDefinition\tSentence\tTranslation\tSource\tTags", "#tags column:7"]);
    expect(tsv[4].split("\t")).toEqual(["算力", "suàn lì", "computing power", "算力越来越贵。", "Compute keeps getting dearer.", "芯片与能源", "bilingual-reader tiny"]);
    const csv = vocabularyToCsv(items);
    expect(csv.startsWith("\uFEFFHanzi,Pinyin,Definition,Sentence,Translation,Source,Tags\r\n")).toBe(true);
    expect(csv).toContain("算力,suàn lì,computing power,算力越来越贵。,Compute keeps getting dearer.,芯片与能源,bilingual-reader tiny");
  });
});
