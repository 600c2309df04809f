import { textTitle, type ExportEntry, type ExportLabels } from "./entry";

// Markdown grouped by text, in the order entries arrive: a heading per text
// with its attribution, then each quote as a block quote, its counterpart in
// italics, the note as written (notes are Markdown already) and the tags.

/** A blockquote that survives multi-line quotes. */
const blockquote = (s: string) =>
  s
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join("\n");

/** Escapes the characters that would turn a plain line into Markdown syntax. */
const inline = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1").replace(/\s*\r?\n\s*/g, " ");

export function toMarkdown(entries: readonly ExportEntry[], labels: ExportLabels, heading: string): string {
  const out: string[] = [`# ${inline(heading)}`, ""];
  if (entries.length === 0) out.push(labels.empty, "");
  let currentSlug: string | null | undefined;
  for (const e of entries) {
    const slug = e.text?.slug ?? null;
    if (slug !== currentSlug) {
      currentSlug = slug;
      out.push(`## ${inline(textTitle(e.text, labels.untitled))}`, "");
      const author = [e.text?.author, e.text?.authorEn].filter(Boolean).join(" / ");
      const source = [e.text?.source, e.text?.sourceEn].filter(Boolean).join(" / ");
      const attribution = [author ? labels.by(author) : "", source ? labels.source(source) : ""].filter(Boolean);
      if (attribution.length) out.push(`*${inline(attribution.join(" · "))}*`, "");
    }
    out.push(blockquote(e.quote), "");
    if (e.counterpart) out.push(`*${inline(e.counterpart)}*`, "");
    if (e.note.trim()) out.push(e.note.trim(), "");
    if (e.tags.length) out.push(`${labels.tags}: ${e.tags.map((t) => `#${inline(t)}`).join(" ")}`, "");
    out.push(`[${labels.link}](${e.link})`, "", "---", "");
  }
  return out.join("\n").replace(/\n---\n$/, "");
}
