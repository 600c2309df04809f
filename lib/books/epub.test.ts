import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readEpub } from "./epub";
import { htmlToChapter } from "./html-text";
import { makeEpub } from "./make-epub";
import { readPlainBook } from "./plain";
import { BookError, MAX_BOOK_BYTES } from "./types";

const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof BookError) return err.problem;
    throw err;
  }
  return null;
};

describe("reading an EPUB", () => {
  for (const version of [2, 3] as const) {
    it(`reads EPUB ${version} chapters in spine order and marks front matter`, () => {
      const book = readEpub(
        makeEpub({
          title: "The Book",
          author: "An Author",
          lang: "en",
          version,
          chapters: [
            { title: "", paragraphs: [], type: "cover" },
            { title: "Copyright", paragraphs: ["© 2020 Someone. All rights reserved."], type: "copyright-page" },
            { title: "Contents", paragraphs: ["Chapter 1", "Chapter 2"], file: "text/toc.xhtml" },
            { title: "Chapter 1", paragraphs: ["It was a bright cold day.", "The clocks were striking thirteen."] },
            { title: "Chapter 2", paragraphs: ["Nothing happened & nobody came."] },
          ],
          images: 1,
        }),
      );
      expect(book.title).toBe("The Book");
      expect(book.author).toBe("An Author");
      // The image-only cover has no text and is not a chapter at all.
      expect(book.chapters.map((c) => [c.title, c.kind])).toEqual([
        ["Copyright", "matter"],
        ["Contents", "matter"],
        ["Chapter 1", "body"],
        ["Chapter 2", "body"],
      ]);
      expect(book.chapters[2].text).toBe("Chapter 1\n\nIt was a bright cold day.\n\nThe clocks were striking thirteen.");
      expect(book.chapters[3].text).toContain("Nothing happened & nobody came.");
    });
  }

  it("refuses DRM, but not font obfuscation", () => {
    const enc = (alg: string) => ({
      "META-INF/encryption.xml": `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="${alg}"/><enc:CipherData><enc:CipherReference URI="OEBPS/text/ch001.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`,
    });
    const chapters = [{ title: "一", paragraphs: ["正文。"] }];
    expect(problem(() => readEpub(makeEpub({ title: "x", lang: "zh", chapters, extra: enc("http://www.w3.org/2001/04/xmlenc#aes128-cbc") })))).toBe("DRM");
    expect(problem(() => readEpub(makeEpub({ title: "x", lang: "zh", chapters, extra: enc("http://www.idpf.org/2008/embedding") })))).toBeNull();
    expect(problem(() => readEpub(makeEpub({ title: "x", lang: "zh", chapters, extra: { "META-INF/rights.xml": "<rights/>" } })))).toBe("DRM");
  });

  it("refuses malformed, image-only, empty and oversized books", () => {
    expect(problem(() => readEpub(strToU8("PK not really a zip")))).toBe("MALFORMED");
    expect(problem(() => readEpub(zipSync({ "a.txt": strToU8("hello") })))).toBe("MALFORMED");
    expect(problem(() => readEpub(makeEpub({ title: "x", lang: "zh", chapters: [{ title: "", paragraphs: [] }, { title: "", paragraphs: [] }], images: 12 })))).toBe("IMAGE_ONLY");
    expect(problem(() => readEpub(makeEpub({ title: "x", lang: "zh", chapters: [{ title: "", paragraphs: [] }] })))).toBe("EMPTY");
    expect(problem(() => readEpub(new Uint8Array(MAX_BOOK_BYTES + 1)))).toBe("TOO_LARGE");
  });

  it("turns XHTML into paragraphs without ruby glosses or note references", () => {
    const html = `<html><head><title>t</title><style>p{}</style></head><body><h2>第一章 <span>初见</span></h2>
      <p>他<ruby>说<rt>shuō</rt></ruby>：“好。”<a epub:type="noteref" href="#n1">1</a></p><div>第二行<br/>第三行</div></body></html>`;
    expect(htmlToChapter(html)).toMatchObject({ heading: "第一章 初见", paragraphs: ["第一章 初见", "他说：“好。”", "第二行", "第三行"] });
  });
});

describe("reading a .txt or .md book", () => {
  it("cuts chapters at 第X章, 第X回, Chapter N and Markdown headings", () => {
    const front = "这是一本书的序言，讲述了作者写作的缘由。".repeat(12);
    const zh = readPlainBook(`书名\n\n${front}\n\n第一章 开端\n\n正文一。\n\n第二回 中途\n\n正文二。\n`);
    expect(zh.chapters.map((c) => c.title)).toEqual(["书名", "第一章 开端", "第二回 中途"]);
    expect(zh.chapters[1].text).toBe("正文一。");
    const en = readPlainBook("# The Title\n\nIntro.\n\nChapter 1\n\nOne.\n\nCHAPTER II. The Road\n\nTwo.\n\n## Notes\n\nA note.");
    expect(en.chapters.map((c) => c.title)).toEqual(["The Title", "Chapter 1", "CHAPTER II. The Road", "Notes"]);
  });

  it("keeps a short title line out, and refuses an empty or non-UTF-8 file", () => {
    expect(readPlainBook("My Book\n\nChapter 1\n\nText.").chapters.map((c) => c.title)).toEqual(["Chapter 1"]);
    expect(problem(() => readPlainBook("\n\n"))).toBe("EMPTY");
    expect(problem(() => readPlainBook("bad \uFFFD bytes"))).toBe("NOT_UTF8");
  });

  it("does not take a sentence that starts like a heading for one", () => {
    const book = readPlainBook("第一章\n\n第二天早上，他很早就起床了，因为他要去城里买很多很多的东西。\n\n第三章\n\n完。");
    expect(book.chapters.map((c) => c.title)).toEqual(["第一章", "第三章"]);
  });
});

describe("chapters split over several files", () => {
  for (const version of [2, 3] as const) {
    it(`keeps a chapter whole when the EPUB ${version} table of contents lists only its first file`, () => {
      const book = readEpub(
        makeEpub({
          title: "t",
          lang: "en",
          version,
          chapters: [
            { title: "Chapter 1", paragraphs: ["One, first part."] },
            { title: "", paragraphs: ["One, second part."], inToc: false },
            { title: "", paragraphs: ["Two, untitled in the text."] },
          ],
        }),
      );
      expect(book.chapters.map((c) => [c.title, c.text])).toEqual([
        ["Chapter 1", "Chapter 1\n\nOne, first part.\n\nOne, second part."],
        // No heading and an empty TOC label: the first words stand in for the title.
        ["Two, untitled in the text.", "Two, untitled in the text."],
      ]);
    });
  }
});
