"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

const KEYS = ["focus", "highlight", "note", "colors", "reveal", "escape", "help"] as const;

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("Annotations");
  const tl = useTranslations("Listening");
  const tx = useTranslations("ReaderExtras");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">{t("helpTitle")}</h2>
      <ul>
        {KEYS.map((k) => (
          <li key={k}>{t(`shortcuts.${k}`)}</li>
        ))}
        <li>{tx("shortcutReveal")}</li>
        <li>{tl("shortcuts")}</li>
      </ul>
      <form method="dialog">
        <button type="submit" autoFocus>
          {t("close")}
        </button>
      </form>
    </dialog>
  );
}
