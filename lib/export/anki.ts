import { textTitle, type ExportEntry, type ExportLabels } from "./entry";
import { noteToHtml } from "./note-html";

// An Anki "Notes in Plain Text" file: tab-separated front, back and tags,
// with the file headers Anki (2.1.54+) reads so the import needs no settings.
// Fields are HTML (html:true), so the quote can be bold on the front; the
// user's text is escaped, and tabs/newlines (which would break the columns)
// become spaces or <br>. Notes are Markdown, so they are rendered (never
// passed through raw) rather than shown with their asterisks.

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const html = (s: string) => escapeHtml(s).replace(/\t/g, " ").replace(/\r?\n/g, "<br>");
/** Anki tags are space-separated words; the file is read as HTML (#html:true), so they are escaped like every field. */
const ankiTag = (t: string) => escapeHtml(t.trim().replace(/\s+/g, "_"));

export function toAnkiTsv(entries: readonly ExportEntry[], labels: ExportLabels): string {
  const lines = ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags", "#tags column:3"];
  for (const e of entries) {
    const front = `${html(e.before)}<b>${html(e.quote)}</b>${html(e.after)}`;
    const back = [
      `<b>${html(e.quote)}</b>`,
      e.counterpart ? html(e.counterpart) : "",
      e.note.trim() ? `<div class="note">${noteToHtml(e.note)}</div>` : "",
      `<small>${html(textTitle(e.text, labels.untitled))}</small>`,
    ]
      .filter(Boolean)
      .join("<br><br>");
    lines.push([front, back, e.tags.map(ankiTag).join(" ")].join("\t"));
  }
  return lines.join("\n") + "\n";
}
