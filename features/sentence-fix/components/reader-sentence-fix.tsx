"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import type { ReaderParagraph } from "@/features/reader/queries";
import { pairingFromSpans } from "@/lib/sentence-fix/stored-pairing";
import { useSavedSentenceFix } from "../use-saved-sentence-fix";
import { SentencePairEditor } from "./sentence-pair-editor";

/**
 * The owner's fix-up of one paragraph pair of a saved text, in a dialog over
 * the reader. It edits the paragraph as the reader holds it, so the text
 * behind the dialog re-pairs with every fix.
 */
export function ReaderSentenceFix({
  textId,
  textSlug,
  paragraph,
  onClose,
  onError,
}: {
  textId: string;
  textSlug: string;
  /** The paragraph being fixed; null: the dialog is closed. */
  paragraph: ReaderParagraph | null;
  onClose: () => void;
  onError: (message: string) => void;
}) {
  const t = useTranslations("SentenceFix");
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const fix = useSavedSentenceFix(textId, textSlug, onError);
  const open = paragraph !== null;
  const { reset } = fix;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      reset();
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open, reset]);
  return (
    <dialog ref={ref} className="sfix-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      {paragraph ? (
        <>
          <h2 id={`${id}-title`}>{t("title", { number: paragraph.index + 1 })}</h2>
          <p className="muted">{t("intro")}</p>
          <SentencePairEditor pairing={pairingFromSpans(paragraph)} disabled={fix.isPending} onFix={(f) => fix.mutate({ paragraph, fix: f })} />
          <p className="sfix-status" role="status">
            {fix.isPending ? t("saving") : fix.isSuccess ? t("saved") : ""}
          </p>
        </>
      ) : null}
      <form method="dialog">
        <button type="submit" className="primary">
          {t("close")}
        </button>
      </form>
    </dialog>
  );
}
