// A .txt or .md book: chapters start at a heading line (第X章, 第X回, 第X节,
// 第X卷, "Chapter N", or a Markdown # heading). Text before the first heading
// is a chapter of its own (a title page or preface) when it holds enough text.
import { isMatterTitle } from "./matter";
import { BookError, type ChapterSource, type SourceChapter } from "./types";

const CN_NUM = "零〇一二三四五六七八九十百千万两0-9０-９";
const HEADING = new RegExp(
  [
    `^\\s*第[${CN_NUM}]+[章回节卷].{0,30}$`,
    `^\\s*(chapter|book|part)\\s+([0-9]+|[ivxlcdm]+|[a-z]+(-[a-z]+)?)\\b.{0,60}$`,
    `^#{1,3}\\s+\\S.{0,80}$`,
    `^\\s*(序言?|前言|引子|楔子|后记|尾声|跋|prologue|preface|foreword|introduction|epilogue|afterword)\\s*$`,
  ].join("|"),
  "iu",
);

/** Front text shorter than this is a title page, not a chapter. */
const MIN_FRONT_CHARS = 200;

export const isChapterHeading = (line: string): boolean => HEADING.test(line.trim()) && line.trim().length <= 90;

export function readPlainBook(content: string): ChapterSource {
  if (content.includes("\uFFFD")) throw new BookError("NOT_UTF8");
  const lines = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const chapters: SourceChapter[] = [];
  let title = "";
  let body: string[] = [];
  let seenHeading = false;
  const close = () => {
    const text = body.join("\n").replace(/\n{3,}/g, "\n\n").trim();
    if (seenHeading ? text || title : text.length >= MIN_FRONT_CHARS) {
      chapters.push({ title: title || text.split("\n")[0].slice(0, 60), text, kind: isMatterTitle(title) ? "matter" : "body" });
    }
  };
  for (const line of lines) {
    if (isChapterHeading(line)) {
      close();
      title = line.trim().replace(/^#{1,3}\s+/, "");
      body = [];
      seenHeading = true;
    } else body.push(line);
  }
  close();
  const withText = chapters.filter((c) => c.text.length > 0);
  if (withText.length === 0) throw new BookError("EMPTY");
  return { title: "", author: "", chapters: withText };
}
