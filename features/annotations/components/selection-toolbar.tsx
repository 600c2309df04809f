"use client";

import { useTranslations } from "next-intl";
import { HIGHLIGHT_COLORS, type HighlightColor } from "@/features/annotations/types";

export function ColorPicker({
  value,
  onPick,
  label,
}: {
  value: HighlightColor | null;
  onPick: (c: HighlightColor) => void;
  label: string;
}) {
  const t = useTranslations("Annotations");
  return (
    <span className="color-picker" role="group" aria-label={label}>
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`swatch hl-${c}`}
          aria-label={t("colorLabel", { color: t(`colors.${c}`) })}
          aria-pressed={value === c}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(c)}
        />
      ))}
    </span>
  );
}

/**
 * Floats next to a text selection. mousedown is cancelled on its buttons so
 * clicking them does not clear the selection they act on.
 */
export function SelectionToolbar({
  top,
  left,
  color,
  onColor,
  onHighlight,
  onAddNote,
}: {
  top: number;
  left: number;
  color: HighlightColor;
  onColor: (c: HighlightColor) => void;
  onHighlight: () => void;
  onAddNote: () => void;
}) {
  const t = useTranslations("Annotations");
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t("toolbarLabel")} style={{ top, left }}>
      <ColorPicker value={color} onPick={onColor} label={t("toolbarLabel")} />
      <button type="button" className="primary" onMouseDown={(e) => e.preventDefault()} onClick={onHighlight}>
        {t("highlight")}
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onAddNote}>
        {t("addNote")}
      </button>
    </div>
  );
}
