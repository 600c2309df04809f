import { textTitle, type ExportEntry, type ExportLabels } from "./entry";

// RFC 4180 CSV (CRLF rows, every field quoted when it must be). It starts
// with a UTF-8 byte-order mark: without it, Excel opens UTF-8 as the local
// code page and the Chinese turns into mojibake.

export const CSV_BOM = "\uFEFF";

export function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection): prefix a quote mark.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(entries: readonly ExportEntry[], labels: ExportLabels): string {
  const header = [labels.text, labels.quote, labels.context, labels.counterpart, labels.note, labels.tags, labels.color, labels.created, labels.link];
  const rows = entries.map((e) => [
    textTitle(e.text, labels.untitled),
    e.quote,
    `${e.before}${e.quote}${e.after}`,
    e.counterpart,
    e.note,
    e.tags.join(", "),
    e.color,
    e.createdAt,
    e.link,
  ]);
  return CSV_BOM + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
