"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";

export interface Toast {
  id: number;
  kind: "info" | "error";
  message: string;
  action?: { label: string; run: () => void };
  link?: { label: string; href: string };
}

/** A small queue of messages; errors stay until dismissed, others fade after a while. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (toast: Omit<Toast, "id">, ms = 8000) => {
      const id = next.current++;
      setToasts((ts) => [...ts.slice(-3), { ...toast, id }]);
      if (toast.kind !== "error") setTimeout(() => dismiss(id), ms);
      return id;
    },
    [dismiss],
  );
  return { toasts, push, dismiss };
}

export function Toasts({ toasts, dismiss }: { toasts: Toast[]; dismiss: (id: number) => void }) {
  const t = useTranslations("Annotations");
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === "error" ? "alert" : "status"}>
          <span>{toast.message}</span>
          {toast.link ? <a href={toast.link.href}>{toast.link.label}</a> : null}
          {toast.action ? (
            <button
              type="button"
              onClick={() => {
                toast.action!.run();
                dismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="toast-close" aria-label={t("dismiss")} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
