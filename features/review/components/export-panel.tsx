"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { filterToParams } from "@/features/review/schemas";
import type { ReviewFilter } from "@/features/review/types";
import type { RestoreResult } from "@/features/review/backup-io";
import { VOCABULARY_KEY } from "@/features/vocabulary/vocabulary-types";

type ImportResult = { ok: true; data: RestoreResult } | { ok: false; error: { code: string; message: string } };

/** One sentence per thing that happened, so "skipped" always says why. */
function restoreSummary(t: ReturnType<typeof useTranslations<"Export">>, tx: ReturnType<typeof useTranslations<"BackupExtras">>, r: RestoreResult): string {
  const lines = [t("restored.count", { n: r.restored })];
  if (r.textsCreated > 0) lines.push(t("restored.texts", { n: r.textsCreated }));
  if (r.booksCreated > 0) lines.push(tx("books", { n: r.booksCreated }));
  if (r.skipped.present > 0) lines.push(t("restored.present", { n: r.skipped.present }));
  if (r.skipped.noText > 0) lines.push(t("restored.noText", { n: r.skipped.noText }));
  if (r.orphans > 0) lines.push(t("restored.orphans", { n: r.orphans }));
  // Word lines only when the backup had words, so a highlights-only restore reads as before.
  if (r.words.restored > 0 || r.words.present > 0) lines.push(tx("words", { n: r.words.restored }));
  if (r.words.present > 0) lines.push(tx("wordsPresent", { n: r.words.present }));
  if (r.words.unlinked > 0) lines.push(tx("wordsUnlinked", { n: r.words.unlinked }));
  if (r.words.noText > 0) lines.push(tx("wordsNoText", { n: r.words.noText }));
  return lines.join(" ");
}

/**
 * Downloads (route handlers, so the browser streams the file with its own
 * name) and the backup restore. Restore goes to a route handler rather than a
 * server action, whose request-size limit would reject a large file before
 * any code of ours could explain why.
 */
export function ExportPanel({ filter }: { filter: ReviewFilter }) {
  const t = useTranslations("Export");
  const tx = useTranslations("BackupExtras");
  const locale = useLocale();
  const qc = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const params = filterToParams(filter, { withPage: false });
  params.set("locale", locale);
  const href = (format: string) => `/api/export/${format}?${params.toString()}`;

  const restore = useMutation({
    mutationFn: async (file: File): Promise<ImportResult> => {
      const res = await fetch(`/api/review/import?locale=${locale}`, { method: "POST", body: file, headers: { "content-type": "application/json" } });
      return (await res.json()) as ImportResult;
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ["review-notes"] });
      void qc.invalidateQueries({ queryKey: ["study-queue"] });
      void qc.invalidateQueries({ queryKey: VOCABULARY_KEY });
    },
  });
  const result = restore.data;

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      <ul className="export-links">
        <li>
          <a href={href("markdown")} download>
            {t("markdown")}
          </a>
        </li>
        <li>
          <a href={href("csv")} download>
            {t("csv")}
          </a>
        </li>
        <li>
          <a href={href("anki")} download>
            {t("anki")}
          </a>
        </li>
        <li>
          <a href={`/api/export/json?locale=${locale}`} download>
            {t("json")}
          </a>
        </li>
      </ul>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          const file = fileRef.current?.files?.[0];
          if (file) restore.mutate(file);
        }}
      >
        <h3>{t("importTitle")}</h3>
        <p className="muted">
          {t("importHint")} {tx("importHint")}
        </p>
        <label>
          {t("file")}
          <input ref={fileRef} type="file" accept="application/json,.json" required />
        </label>
        <button type="submit" disabled={restore.isPending}>
          {restore.isPending ? t("importing") : t("import")}
        </button>
        {result ? (
          <p role={result.ok ? "status" : "alert"} className={result.ok ? "import-ok" : "form-error"}>
            {result.ok ? restoreSummary(t, tx, result.data) : result.error.message}
          </p>
        ) : restore.isError ? (
          <p role="alert" className="form-error">
            {t("errors.failed")}
          </p>
        ) : null}
      </form>
    </section>
  );
}
