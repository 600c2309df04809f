"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { NOTE_MAX_CHARS, TAGS_MAX, type NoteDTO } from "@/features/annotations/types";

const draftKey = (noteKey: string) => `note-draft:v1:${noteKey}`;

interface Draft {
  body: string;
  tags: string;
}

function readDraft(noteKey: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(noteKey));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function clearDraft(noteKey: string) {
  try {
    window.localStorage.removeItem(draftKey(noteKey));
  } catch {
    // storage unavailable: nothing to clear
  }
}

export const parseTags = (raw: string) =>
  raw
    .split(/[,，、\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * The note textarea and tags. Every keystroke is kept as a draft in
 * localStorage until the server confirms the save, so a reload, a crash or an
 * expired session never loses what was typed.
 */
export function NoteEditor({
  noteKey,
  note,
  saving,
  autoFocus,
  onSave,
  onDelete,
}: {
  noteKey: string;
  note: NoteDTO | undefined;
  saving: boolean;
  autoFocus?: boolean;
  onSave: (body: string, tags: string[]) => void;
  onDelete: () => void;
}) {
  const t = useTranslations("Annotations");
  const id = useId();
  const [body, setBody] = useState(note?.body ?? "");
  const [tags, setTags] = useState((note?.tags ?? []).join(", "));
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const draft = readDraft(noteKey);
    if (draft && (draft.body !== (note?.body ?? "") || draft.tags !== (note?.tags ?? []).join(", "))) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft lives in localStorage, readable only after mount
      setBody(draft.body);
      setTags(draft.tags);
      setRestored(true);
    }
    // Only when another annotation is opened; later server updates must not overwrite typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [noteKey]);

  const remember = (next: Draft) => {
    try {
      window.localStorage.setItem(draftKey(noteKey), JSON.stringify(next));
    } catch {
      // storage full or disabled: the text still lives in the textarea
    }
  };

  const tagList = parseTags(tags);
  const tooLong = body.length > NOTE_MAX_CHARS;
  const tooManyTags = tagList.length > TAGS_MAX;

  return (
    <form
      className="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (!tooLong && !tooManyTags) onSave(body, tagList);
      }}
    >
      {restored ? (
        <p className="draft-restored" role="status">
          {t("draftRestored")}
        </p>
      ) : null}
      <label htmlFor={`${id}-note`}>{t("note")}</label>
      <textarea
        id={`${id}-note`}
        value={body}
        rows={5}
        autoFocus={autoFocus}
        placeholder={t("notePlaceholder")}
        aria-invalid={tooLong || undefined}
        aria-describedby={`${id}-count`}
        onChange={(e) => {
          setBody(e.target.value);
          remember({ body: e.target.value, tags });
        }}
      />
      <p id={`${id}-count`} className={tooLong ? "field-error" : "field-hint"}>
        {tooLong ? t("errors.noteTooLong") : t("noteCount", { count: body.length, max: NOTE_MAX_CHARS })}
      </p>
      <label htmlFor={`${id}-tags`}>{t("tags")}</label>
      <input
        id={`${id}-tags`}
        value={tags}
        aria-describedby={`${id}-tags-hint`}
        aria-invalid={tooManyTags || undefined}
        onChange={(e) => {
          setTags(e.target.value);
          remember({ body, tags: e.target.value });
        }}
      />
      <p id={`${id}-tags-hint`} className={tooManyTags ? "field-error" : "field-hint"}>
        {tooManyTags ? t("errors.tooManyTags") : t("tagsHint")}
      </p>
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={saving || tooLong || tooManyTags}>
          {saving ? t("saving") : t("save")}
        </button>
        {note ? (
          <button type="button" onClick={onDelete}>
            {t("deleteNote")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
