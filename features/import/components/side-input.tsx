"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { decodeUtf8 } from "@/lib/import/validate-side";

/** One side of the import: a textarea, plus a .txt/.md upload decoded strictly as UTF-8 in the browser. */
export function SideInput({
  lang,
  label,
  value,
  error,
  onChange,
}: {
  lang: "zh" | "en";
  label: string;
  value: string;
  error?: string;
  onChange: (text: string) => void;
}) {
  const t = useTranslations("Import");
  const ts = useTranslations("Security");
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const shown = fileError ?? error;
  return (
    <div className="field side-input">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        lang={lang === "zh" ? "zh-Hans" : "en"}
        rows={12}
        value={value}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setFileError(null);
          onChange(e.target.value);
        }}
      />
      <p id={`${id}-hint`} className={shown ? "field-error" : "field-hint"} role={shown ? "alert" : undefined}>
        {shown ?? t("pasteHint")}
      </p>
      <input
        type="file"
        accept=".txt,.md,text/plain,text/markdown"
        aria-label={t("upload", { side: label })}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          if (!/\.(txt|md|markdown)$/i.test(file.name)) return setFileError(t("errors.fileType"));
          if (file.size > 2 * 1024 * 1024) return setFileError(t("errors.tooLarge", { side: label }));
          const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
          if (text === null || text.includes("\u0000")) return setFileError(t("errors.binary", { side: label }));
          // An empty file would silently wipe what is in the box: keep the text and say why nothing happened.
          if (text.trim() === "") return setFileError(ts("emptyFile"));
          setFileError(null);
          onChange(text);
        }}
      />
    </div>
  );
}
