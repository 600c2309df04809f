"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore, type ReactNode } from "react";
import { FONT_SIZES, LAYOUTS, SCRIPTS, type ReaderLayout, type ReaderSettings } from "@/features/reader/reader-settings";

const LAYOUT_LABEL = {
  side: "layoutSide",
  interleaved: "layoutInterleaved",
  zh: "layoutZh",
  en: "layoutEn",
} as const satisfies Record<ReaderLayout, string>;

// Must match the CSS breakpoint where side by side becomes interleaved.
const NARROW = "(max-width: 760px)";
const subscribeNarrow = (cb: () => void) => {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener("change", cb);
  return () => mq.removeEventListener("change", cb);
};

/** True on screens too narrow for two columns, where "side by side" would show the interleaved layout anyway. */
function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches, () => false);
}

export function ReaderToolbar({
  settings,
  onChange,
  onRevealAll,
  onHideAll,
  children,
}: {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
  onRevealAll: () => void;
  onHideAll: () => void;
  /** Extra controls from other capabilities (notes panel, help). */
  children?: ReactNode;
}) {
  const t = useTranslations("ReaderSettings");
  const tx = useTranslations("ReaderExtras");
  const narrow = useNarrow();
  // On a phone only the layouts that look different are offered; side by side shows as the interleaved layout it becomes.
  const layouts = narrow ? LAYOUTS.filter((l) => l !== "side") : LAYOUTS;
  const shownLayout = narrow && settings.layout === "side" ? "interleaved" : settings.layout;
  const sizeIndex = FONT_SIZES.indexOf(settings.fontSize as (typeof FONT_SIZES)[number]);
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t("title")}>
      <fieldset className="layout-switch">
        <legend>{t("layout")}</legend>
        {layouts.map((layout) => (
          <label key={layout}>
            <input
              type="radio"
              name="reader-layout"
              value={layout}
              checked={shownLayout === layout}
              onChange={() => onChange({ layout })}
            />
            <span>{t(LAYOUT_LABEL[layout])}</span>
          </label>
        ))}
      </fieldset>
      <label className="toggle">
        <input type="checkbox" checked={settings.study} onChange={(e) => onChange({ study: e.target.checked })} />
        <span>{t("studyMode")}</span>
      </label>
      {settings.study ? (
        <span className="study-actions">
          <button type="button" onClick={onRevealAll}>
            {t("revealAll")}
          </button>
          <button type="button" onClick={onHideAll}>
            {t("hideAll")}
          </button>
        </span>
      ) : null}
      <label className="toggle">
        <input type="checkbox" checked={settings.pinyin} onChange={(e) => onChange({ pinyin: e.target.checked })} />
        <span>{t("pinyin")}</span>
      </label>
      <fieldset className="layout-switch script-switch">
        <legend>{tx("characters")}</legend>
        {SCRIPTS.map((script) => (
          <label key={script}>
            <input type="radio" name="reader-script" value={script} checked={settings.script === script} onChange={() => onChange({ script })} />
            <span>{tx(script)}</span>
          </label>
        ))}
      </fieldset>
      <span className="font-size" role="group" aria-label={t("fontSize")}>
        <button
          type="button"
          aria-label={t("smaller")}
          disabled={sizeIndex <= 0}
          onClick={() => onChange({ fontSize: FONT_SIZES[Math.max(0, sizeIndex - 1)] })}
        >
          A−
        </button>
        <output aria-live="polite">{settings.fontSize}px</output>
        <button
          type="button"
          aria-label={t("larger")}
          disabled={sizeIndex >= FONT_SIZES.length - 1}
          onClick={() => onChange({ fontSize: FONT_SIZES[Math.min(FONT_SIZES.length - 1, sizeIndex + 1)] })}
        >
          A+
        </button>
      </span>
      {children ? <span className="toolbar-extra">{children}</span> : null}
    </div>
  );
}
