import { describe, expect, it } from "vitest";
import { toAnkiTsv } from "./anki";
import { parseBackup, BACKUP_FORMAT, BACKUP_MAX_BYTES } from "./backup";
import { CSV_BOM, toCsv } from "./csv";
import type { ExportEntry, ExportLabels } from "./entry";
import { toMarkdown } from "./markdown";

const labels: ExportLabels = {
  text: "Text",
  quote: "Quote",
  context: "Context",
  counterpart: "Translation",
  note: "Note",
  tags: "Tags",
  color: "Colour",
  created: "Created",
  link: "Link",
  by: (a) => `by ${a}`,
  source: (s) => `Source: ${s}`,
  untitled: "Deleted text",
  empty: "No highlights match.",
};

const text = { slug: "ai-limits", titleZh: "人工智能的极限", titleEn: "The limits of AI", author: "张三", authorEn: "Zhang San", source: "知识分子", sourceEn: null };

const fixture: ExportEntry[] = [
  {
    text,
    lang: "zh",
    quote: "卡脖子",
    before: "芯片是",
    after: "的问题。",
    counterpart: "Chips are a chokepoint.",
    note: "**Key** idiom, \"choke\"",
    tags: ["idiom", "tech words"],
    color: "yellow",
    createdAt: "2026-03-01T09:00:00.000Z",
    link: "http://localhost/en/texts/ai-limits?h=h1#pair-2",
  },
  {
    text,
    lang: "en",
    quote: "energy",
    before: "LLMs demand more ",
    after: ".",
    counterpart: "大模型需要更多能源。",
    note: "",
    tags: [],
    color: "blue",
    createdAt: "2026-03-02T09:00:00.000Z",
    link: "http://localhost/en/texts/ai-limits?h=h2#pair-3",
  },
];

describe("export formats", () => {
  it("Markdown: grouped by text with title, attribution, quote, counterpart, note and tags", () => {
    expect(toMarkdown(fixture, labels, "My notes")).toBe(
      [
        "# My notes",
        "",
        "## 人工智能的极限 · The limits of AI",
        "",
        "*by 张三 / Zhang San · Source: 知识分子*",
        "",
        "> 卡脖子",
        "",
        "*Chips are a chokepoint.*",
        "",
        '**Key** idiom, "choke"',
        "",
        "Tags: #idiom #tech words",
        "",
        "[Link](http://localhost/en/texts/ai-limits?h=h1#pair-2)",
        "",
        "---",
        "",
        "> energy",
        "",
        "*大模型需要更多能源。*",
        "",
        "[Link](http://localhost/en/texts/ai-limits?h=h2#pair-3)",
        "",
      ].join("\n"),
    );
  });

  it("CSV: BOM, header, quoted fields, CRLF rows", () => {
    expect(toCsv(fixture, labels)).toBe(
      CSV_BOM +
        [
          "Text,Quote,Context,Translation,Note,Tags,Colour,Created,Link",
          '人工智能的极限 · The limits of AI,卡脖子,芯片是卡脖子的问题。,Chips are a chokepoint.,"**Key** idiom, ""choke""","idiom, tech words",yellow,2026-03-01T09:00:00.000Z,http://localhost/en/texts/ai-limits?h=h1#pair-2',
          "人工智能的极限 · The limits of AI,energy,LLMs demand more energy.,大模型需要更多能源。,,,blue,2026-03-02T09:00:00.000Z,http://localhost/en/texts/ai-limits?h=h2#pair-3",
        ].join("\r\n") +
        "\r\n",
    );
  });

  it("CSV: defuses spreadsheet formulas", () => {
    const csv = toCsv([{ ...fixture[1], note: "=HYPERLINK(1)" }], labels);
    expect(csv).toContain(",'=HYPERLINK(1),");
  });

  it("Anki TSV: headers, front with the quote in bold, back with translation and note, tags", () => {
    expect(toAnkiTsv(fixture, labels)).toBe(
      [
        "#separator:tab",
        "#html:true",
        "#columns:Front\tBack\tTags",
        "#tags column:3",
        "芯片是<b>卡脖子</b>的问题。\t<b>卡脖子</b><br><br>Chips are a chokepoint.<br><br><div class=\"note\"><p><strong>Key</strong> idiom, &quot;choke&quot;</p></div><br><br><small>人工智能的极限 · The limits of AI</small>\tidiom tech_words",
        "LLMs demand more <b>energy</b>.\t<b>energy</b><br><br>大模型需要更多能源。<br><br><small>人工智能的极限 · The limits of AI</small>\t",
        "",
      ].join("\n"),
    );
  });
});

describe("toAnkiTsv notes", () => {
  const back = (note: string) => toAnkiTsv([{ ...fixture[1], note }], labels).trimEnd().split("\n").at(-1)!.split("\t")[1];

  it("renders the note's Markdown: **bold** is <strong>, lists and code keep their shape on one line", () => {
    expect(back("**Key** idiom\n\n- one\n- two")).toContain('<div class="note"><p><strong>Key</strong> idiom</p><ul><li>one</li><li>two</li></ul></div>');
    expect(back("```\na\tb\nc\n```")).toContain("<pre><code>a b<br>c</code></pre>");
  });

  it("lets no HTML of the note through: <script>, event handlers and javascript: links come out as text or inert", () => {
    const html = back('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> [x](javascript:alert(3)) ![p](http://example.test/p.png)');
    expect(html).not.toMatch(/<script|<img|onerror="|javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
    // Images are off, as in the app's notes: no card fetches anything.
    expect(html).not.toContain("<img");
  });

  it("never breaks the TSV: no tab or newline inside a field", () => {
    const tsv = toAnkiTsv([{ ...fixture[1], note: "line one\nline two\n\n\tindented\n\n> quote" }], labels);
    const rows = tsv.split("\n");
    expect(rows).toHaveLength(6);
    expect(rows[4].split("\t")).toHaveLength(3);
    expect(rows[4]).toContain("<p>line one line two</p><pre><code>indented</code></pre><blockquote><p>quote</p></blockquote>");
  });
});

describe("toAnkiTsv tags", () => {
  it("escapes HTML in tags, as in every other field", () => {
    const tsv = toAnkiTsv([{ ...fixture[1], tags: ["<script>alert(1)</script>", "a&b"] }], labels);
    const tags = tsv.trimEnd().split("\n").at(-1)!.split("\t")[2];
    expect(tags).toBe("&lt;script&gt;alert(1)&lt;/script&gt; a&amp;b");
    expect(tsv).not.toContain("<script>");
  });
});

describe("parseBackup", () => {
  it("tells malformed, foreign and damaged files apart", () => {
    expect(parseBackup("{not json")).toEqual({ ok: false, error: "notJson" });
    expect(parseBackup(JSON.stringify({ hello: "world" }))).toEqual({ ok: false, error: "foreign" });
    expect(parseBackup("[1,2]")).toEqual({ ok: false, error: "foreign" });
    const damaged = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: "2026-01-01T00:00:00.000Z", settings: null, annotations: [{ textSlug: "x" }] }));
    expect(damaged.ok).toBe(false);
    expect(damaged.ok ? null : damaged.error).toBe("invalid");
  });
  it("refuses oversized files before parsing", () => {
    expect(parseBackup(" ".repeat(BACKUP_MAX_BYTES + 1))).toEqual({ ok: false, error: "tooLarge" });
  });
  it("accepts an empty backup", () => {
    const r = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: "2026-01-01T00:00:00.000Z", settings: null, annotations: [] }));
    expect(r.ok).toBe(true);
  });
});
