"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FrontMode, StudySettingsDTO } from "@/features/review/study-types";
import { useSaveStudySettings } from "@/features/review/use-study";

export function StudySettingsForm({ settings }: { settings: StudySettingsDTO }) {
  const t = useTranslations("Study");
  const tr = useTranslations("Review");
  const [draft, setDraft] = useState(settings);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useSaveStudySettings((err) => setMessage(err ? { ok: false, text: err } : { ok: true, text: t("settingsSaved") }), tr("errors.generic"));
  return (
    <details className="study-settings">
      <summary>{t("settings")}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          save.mutate(draft);
        }}
      >
        <label>
          {t("autoCards")}
          <input type="checkbox" checked={draft.autoCards} onChange={(e) => setDraft({ ...draft, autoCards: e.target.checked })} />
        </label>
        <label>
          {t("newPerDay")}
          <input type="number" min={0} max={1000} value={draft.newPerDay} onChange={(e) => setDraft({ ...draft, newPerDay: Number(e.target.value) })} />
        </label>
        <label>
          {t("reviewsPerDay")}
          <input type="number" min={0} max={10000} value={draft.reviewsPerDay} onChange={(e) => setDraft({ ...draft, reviewsPerDay: Number(e.target.value) })} />
        </label>
        <label>
          {t("frontMode")}
          <select value={draft.frontMode} onChange={(e) => setDraft({ ...draft, frontMode: e.target.value as FrontMode })}>
            <option value="cloze">{t("cloze")}</option>
            <option value="emphasis">{t("emphasis")}</option>
          </select>
        </label>
        <button type="submit" disabled={save.isPending}>
          {t("saveSettings")}
        </button>
        {message ? (
          <p role={message.ok ? "status" : "alert"} className={message.ok ? "import-ok" : "form-error"}>
            {message.text}
          </p>
        ) : null}
      </form>
    </details>
  );
}
