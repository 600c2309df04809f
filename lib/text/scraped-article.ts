// Parses a blog post as copied from a reposting site: title, byline, source
// URL and notices at the top, the body, then a signature (name + date) and
// footer notices. Only the body becomes paragraphs; everything else is either
// metadata or dropped.

import type { Lang } from "./sentence-split";
import { DEFAULT_BOILERPLATE, isBoilerplate, normalizeLines, reflow } from "./reflow";

export interface ScrapedArticle {
  title: string;
  author?: string;
  source?: string;
  url?: string;
  /** ISO yyyy-mm-dd */
  date?: string;
  paragraphs: string[];
}

export interface ParseOptions {
  /** Body language; detected from the text when omitted. */
  lang?: Lang;
  boilerplate?: RegExp[];
}

type Field = "author" | "source" | "url" | "date";

// "label：value" pairs found in bylines. Longer labels first so "本文原地址"
// wins over "原地址". Several pairs may share one line ("作者：X 来源：Y").
const LABELS: Array<[RegExp, Field]> = [
  [/本文原地址|原文地址|原文链接|原文网址|原地址|URL|Original/, "url"],
  [/发布时间|发表时间|发布日期|发表日期|日期|Date|Published|Posted/, "date"],
  [/作者|撰文|Author|Written by/, "author"],
  [/来源|出处|Source/, "source"],
];
const LABEL_SRC = `(${LABELS.map(([re]) => re.source).join("|")})\\s*[:：]`;
const LABEL_RE = new RegExp(LABEL_SRC, "gi"); // only used via matchAll (which copies lastIndex, so never exec it)
const LABEL_AT_START = new RegExp(`^${LABEL_SRC}`, "i");
const BY_LINE = /^By\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4})$/u;
const URL_RE = /https?:\/\/[^\s<>()[\]"'，。]+/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function parseScrapedArticle(raw: string, opts: ParseOptions = {}): ScrapedArticle {
  const boilerplate = opts.boilerplate ?? DEFAULT_BOILERPLATE;
  const lines = normalizeLines(raw);
  const meta: Partial<Record<Field, string>> = {};
  let title = "";
  let i = 0;
  while (i < lines.length && lines[i] === "") i++;

  // Title: the first line, unless it is already metadata or too long to be a
  // title (then the post simply has no title line and the body starts there).
  const first = lines[i] ?? "";
  if (first && !startsWithLabel(first) && Array.from(first).length <= 100) {
    title = first.replace(/^#+\s*/, "");
    i++;
  }

  // Header: consume blank, byline, date and notice lines up to the first body line.
  for (; i < lines.length; i++) {
    const line = lines[i];
    // Labels before boilerplate: "本文原地址：<url>" is both, and its URL is wanted.
    if (startsWithLabel(line)) parseLabels(line, meta);
    else if (line === "" || isBoilerplate(line, boilerplate)) continue;
    else if (dateLine(line)) meta.date ??= dateLine(line);
    else if (BY_LINE.test(line)) meta.author ??= BY_LINE.exec(line)![1];
    else break;
  }
  const bodyStart = i;

  // Footer, walking backwards: notices, then a signature of a date line and a
  // name line (in either order). Stripped before reflow so the name can never
  // be glued onto the last body paragraph.
  let j = lines.length;
  let sawDate = false;
  while (j > bodyStart) {
    const line = lines[j - 1];
    const name = line.replace(/^[-—–~～\s]+/, "");
    if (line === "" || isBoilerplate(line, boilerplate)) j--;
    else if (dateLine(line)) {
      meta.date ??= dateLine(line);
      sawDate = true;
      j--;
    } else if (name === meta.author || (isNameLike(name) && (sawDate || prevIsDate(lines, j - 1, bodyStart)))) {
      meta.author ??= name;
      j--;
    } else break;
  }

  const body = lines.slice(bodyStart, j).join("\n");
  const lang = opts.lang ?? detectLang(body);
  return {
    title,
    ...(meta.author && { author: meta.author }),
    ...(meta.source && { source: meta.source }),
    ...(meta.url && { url: meta.url }),
    ...(meta.date && { date: meta.date }),
    paragraphs: reflow(body, { lang, boilerplate }),
  };
}

function startsWithLabel(line: string): boolean {
  return LABEL_AT_START.test(line);
}

// Split "作者：张军平 来源：科学网博客" at each label; a value runs up to the next label.
function parseLabels(line: string, meta: Partial<Record<Field, string>>): void {
  const hits = [...line.matchAll(LABEL_RE)];
  hits.forEach((m, k) => {
    const valueEnd = k + 1 < hits.length ? hits[k + 1].index : line.length;
    const value = line.slice(m.index + m[0].length, valueEnd).trim();
    const field = LABELS.find(([re]) => new RegExp(`^(?:${re.source})$`, "i").test(m[1]))?.[1];
    if (!field || !value) return;
    if (field === "url") meta.url ??= URL_RE.exec(value)?.[0];
    else if (field === "date") meta.date ??= parseDate(value);
    else meta[field] ??= value;
  });
}

function isNameLike(line: string): boolean {
  return /^[^\d。！？，、：；.!?,:;()（）]{1,20}$/u.test(line);
}

function prevIsDate(lines: string[], k: number, floor: number): boolean {
  for (let p = k - 1; p >= floor; p--) if (lines[p] !== "") return dateLine(lines[p]) !== undefined;
  return false;
}

/** ISO date when the whole line is just a date ("2024年4月22日", "2024-04-22", "April 22, 2024"). */
function dateLine(line: string): string | undefined {
  return parseDate(line, true);
}

/** Parse the first date in `s` to yyyy-mm-dd; with `whole`, `s` must be only the date. */
export function parseDate(s: string, whole = false): string | undefined {
  const t = s.trim();
  const patterns: Array<[RegExp, (m: RegExpExecArray) => [string, string, string]]> = [
    [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/, (m) => [m[1], m[2], m[3]]],
    [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, (m) => [m[1], m[2], m[3]]],
    [/([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/, (m) => [m[3], month(m[1]), m[2]]],
    [/(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/, (m) => [m[3], month(m[2]), m[1]]],
  ];
  for (const [re, pick] of patterns) {
    const m = re.exec(t);
    if (!m || (whole && m[0].length !== t.length)) continue;
    const [y, mo, d] = pick(m).map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d));
    // Reject impossible dates (month 13, 31 April) instead of letting Date roll over.
    if (mo >= 1 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return date.toISOString().slice(0, 10);
  }
  return undefined;
}

function month(name: string): string {
  const idx = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // Only accept real month names ("Sept", "September"), not any 3-letter word.
  const ok = idx >= 0 && (name.length <= 4 || /^(january|february|march|april|june|july|august|september|october|november|december)$/i.test(name));
  return ok ? String(idx + 1) : "0";
}

// A Han character carries roughly a word, a Latin letter a fraction of one, so
// Chinese text with embedded English names still counts as Chinese.
function detectLang(text: string): Lang {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return han > latin / 2 ? "zh" : "en";
}
