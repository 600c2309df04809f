"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { HighlightColor, HighlightDTO, NoteDTO } from "@/features/annotations/types";
import { ColorPicker } from "./selection-toolbar";
import { NoteEditor } from "./note-editor";
import { NoteMarkdown } from "./note-markdown";

export interface OpenAnnotation {
  noteKey: string;
  highlights: HighlightDTO[];
  note: NoteDTO | undefined;
  counterpart: string;
  counterpartLang: "zh" | "en";
}

/** The opened highlight: its quote and aligned counterpart, colour, note and tags. */
export function HighlightPanel({
  open,
  saving,
  focusNote,
  onClose,
  onRecolor,
  onDelete,
  onSaveNote,
  onDeleteNote,
}: {
  open: OpenAnnotation;
  saving: boolean;
  focusNote: boolean;
  onClose: () => void;
  onRecolor: (c: HighlightColor) => void;
  onDelete: () => void;
  onSaveNote: (body: string, tags: string[]) => void;
  onDeleteNote: () => void;
}) {
  const t = useTranslations("Annotations");
  const first = open.highlights[0];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  return (
    <div className="highlight-panel" role="dialog" aria-label={t("highlightDialog")}>
      <div className="panel-head">
        <h2>{t("highlightDialog")}</h2>
        <button type="button" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </div>
      <figure className="panel-quote">
        <figcaption>{t("quote")}</figcaption>
        <blockquote lang={first.lang === "zh" ? "zh-Hans" : "en"} className={`quote-bar hl-border-${first.color}`}>
          {open.highlights.map((h) => h.quote).join(" … ")}
        </blockquote>
      </figure>
      <figure className="panel-counterpart">
        <figcaption>{t("counterpart")}</figcaption>
        {open.counterpart ? (
          <blockquote lang={open.counterpartLang === "zh" ? "zh-Hans" : "en"}>{open.counterpart}</blockquote>
        ) : (
          <p className="muted">{t("noCounterpart")}</p>
        )}
      </figure>
      <ColorPicker value={first.color} onPick={onRecolor} label={t("colorLabel", { color: t(`colors.${first.color}`) })} />
      {open.note?.body ? <NoteMarkdown body={open.note.body} /> : null}
      <NoteEditor
        key={open.noteKey}
        noteKey={open.noteKey}
        note={open.note}
        saving={saving}
        autoFocus={focusNote}
        onSave={onSaveNote}
        onDelete={onDeleteNote}
      />
      <button type="button" className="danger" onClick={onDelete}>
        {t("deleteHighlight")}
      </button>
    </div>
  );
}
