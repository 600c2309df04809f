import { describe, expect, it } from "vitest";
import { strToU8 } from "fflate";
import { runBookCli } from "./book-cli";
import { makeEpub } from "./make-epub";

const files: Record<string, Uint8Array> = {
  "zh.epub": makeEpub({
    title: "书",
    lang: "zh",
    chapters: [
      { title: "目录", paragraphs: ["第一章", "第二章"], type: "toc" },
      { title: "序", paragraphs: ["短序。"] },
      { title: "第一章", paragraphs: ["他来了。".repeat(200)] },
      { title: "第二章", paragraphs: ["她走了。".repeat(300)] },
    ],
  }),
  "en.md": strToU8(`# Chapter 1\n\n${"He came. ".repeat(200)}\n\n# Chapter 2\n\n${"She left. ".repeat(300)}\n`),
  "en.epub": makeEpub({ title: "Book", lang: "en", chapters: [{ title: "Chapter 1", paragraphs: ["He came."] }] }),
  "drm.epub": makeEpub({ title: "x", lang: "zh", chapters: [{ title: "一", paragraphs: ["正文。"] }], extra: { "META-INF/rights.xml": "<r/>" } }),
};
const read = (p: string) => {
  if (!(p in files)) throw Object.assign(new Error("missing"), { code: "ENOENT" });
  return files[p];
};

describe("npm run align with books", () => {
  it("prints chapter beads over each book's chapter numbers, the preface alone", () => {
    const r = runBookCli(["--zh", "zh.epub", "--en", "en.md", "--unit", "chapter"], read);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout.trim().split("\n")).toEqual(["[1]:[]", "[2]:[0]", "[3]:[1]"]);
  });

  it("aligns an EPUB's text at the other units through the ordinary CLI", () => {
    const r = runBookCli(["--zh", "zh.epub", "--en", "en.epub", "--unit", "paragraph", "--no-lexicon"], read);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").length).toBeGreaterThan(0);
  });

  it("says why a book cannot be read, and lists the book options in --help", () => {
    const r = runBookCli(["--zh", "drm.epub", "--en", "en.md", "--unit", "chapter"], read);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/zh book drm\.epub cannot be read: drm/);
    expect(runBookCli(["--zh", "drm.epub", "--en", "en.epub"], read).stderr).toMatch(/cannot be read: drm/);
    expect(runBookCli(["--help"], read).stdout).toContain("--unit chapter");
  });
});
