"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { unwrapAction as unwrap, type ActionFailure as Failure } from "@/lib/unwrap-action";
import type { EntryKind } from "@/lib/library/manage";
import { deleteLibraryEntry, updateEntry } from "@/features/library/actions";

export interface EntryDetailsView {
  titleZh: string;
  titleEn: string;
  author: string;
  source: string;
  url: string;
}

const EXPORTS = ["markdown", "csv"] as const;

/**
 * The owner's controls for an import: edit its details, or delete it after a
 * confirmation that offers to export the annotations that would go with it.
 */
export function EntryManage({
  kind,
  slug,
  details,
  annotated,
}: {
  kind: EntryKind;
  slug: string;
  details: EntryDetailsView;
  annotated: { slug: string; title: string; count: number }[];
}) {
  const t = useTranslations("Manage");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState(details);
  const dialog = useRef<HTMLDialogElement>(null);
  const ref = { kind, slug };

  const save = useMutation<{ slug: string }, Failure>({
    mutationFn: () => unwrap(updateEntry({ ref, details: form }), t("errors.generic")),
    onSuccess: () => {
      setEditing(false);
      router.refresh();
    },
  });
  const remove = useMutation<{ deleted: true }, Failure>({
    mutationFn: () => unwrap(deleteLibraryEntry({ ref }), t("errors.generic")),
    onSuccess: () => {
      dialog.current?.close();
      router.push("/");
      router.refresh();
    },
  });
  const total = annotated.reduce((n, a) => n + a.count, 0);
  const title = details.titleZh || details.titleEn || slug;
  const fields = save.error?.fields ?? {};

  const field = (name: keyof EntryDetailsView, label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={form[name]}
        lang={name === "titleZh" ? "zh-Hans" : undefined}
        aria-invalid={fields[name] ? true : undefined}
        onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
      />
      {fields[name] ? <p className="field-error">{fields[name]}</p> : null}
    </div>
  );

  return (
    <div className="entry-manage">
      <div className="entry-manage-buttons">
        <button type="button" aria-expanded={editing} onClick={() => (setEditing((e) => !e), setForm(details), save.reset())}>
          {t("edit")}
        </button>
        <button type="button" className="danger" onClick={() => (remove.reset(), dialog.current?.showModal())}>
          {t("delete")}
        </button>
      </div>

      {editing ? (
        <form
          className="entry-manage-form"
          aria-label={t("formLabel")}
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          {field("titleZh", t("titleZh"))}
          {field("titleEn", t("titleEn"))}
          {field("author", t("author"))}
          {field("source", t("source"))}
          {field("url", t("url"), "url")}
          {save.error && !save.error.fields ? (
            <p role="alert" className="form-error">
              {save.error.message}
            </p>
          ) : null}
          <div className="import-actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? t("saving") : t("save")}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}

      <dialog ref={dialog} className="entry-delete-dialog" aria-labelledby={`${id}-delete`}>
        <h2 id={`${id}-delete`}>{t(kind === "book" ? "confirmBook" : "confirmText", { title })}</h2>
        <p>{t("irreversible")}</p>
        {total > 0 ? (
          <div className="entry-delete-export">
            <p>{t("exportFirst", { count: total })}</p>
            <ul>
              {annotated.map((a) => (
                <li key={a.slug}>
                  {annotated.length > 1 ? <span>{a.title}: </span> : null}
                  {EXPORTS.map((format) => (
                    <a
                      key={format}
                      className="button-link"
                      href={`/api/export/${format}?${new URLSearchParams({ text: a.slug, locale })}`}
                      download
                    >
                      {t(`export.${format}`)}
                    </a>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {remove.error ? (
          <p role="alert" className="form-error">
            {remove.error.message}
          </p>
        ) : null}
        <div className="import-actions">
          <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
            {remove.isPending ? t("deleting") : t("confirmDelete")}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </div>
  );
}
