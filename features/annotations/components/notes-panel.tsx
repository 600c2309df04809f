"use client";

import { useTranslations } from "next-intl";
import type { HighlightDTO, NoteDTO } from "@/features/annotations/types";
import { NoteMarkdown } from "./note-markdown";
import { UserText } from "@/features/shell/components/user-text";

export interface PanelItem {
  noteKey: string;
  highlights: HighlightDTO[];
  note: NoteDTO | undefined;
}

/** The text's highlights and notes in reading order; orphans get a section of their own. */
export function NotesPanel({
  items,
  orphans,
  onShow,
  onClose,
}: {
  items: PanelItem[];
  orphans: PanelItem[];
  onShow: (item: PanelItem) => void;
  onClose: () => void;
}) {
  const t = useTranslations("Annotations");
  return (
    <aside className="notes-panel" aria-label={t("panelTitle")}>
      <div className="panel-head">
        <h2>{t("panelTitle")}</h2>
        <button type="button" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </div>
      {items.length === 0 && orphans.length === 0 ? <p className="muted">{t("panelEmpty")}</p> : null}
      <ol className="notes-list">
        {items.map((item) => (
          <PanelEntry key={item.noteKey} item={item} onShow={onShow} showLabel={t("showInText")} />
        ))}
      </ol>
      {orphans.length > 0 ? (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title">{t("orphansTitle")}</h3>
          <p className="muted">{t("orphansHelp")}</p>
          <ol className="notes-list">
            {orphans.map((item) => (
              <PanelEntry key={item.noteKey} item={item} showLabel={null} />
            ))}
          </ol>
        </section>
      ) : null}
    </aside>
  );
}

function PanelEntry({ item, onShow, showLabel }: { item: PanelItem; onShow?: (i: PanelItem) => void; showLabel: string | null }) {
  const first = item.highlights[0];
  return (
    <li className="notes-item" data-note-key={item.noteKey}>
      <blockquote lang={first.lang === "zh" ? "zh-Hans" : "en"} className={`quote-bar hl-border-${first.color}`}>
        {item.highlights.map((h) => h.quote).join(" … ")}
      </blockquote>
      {item.note?.body ? <NoteMarkdown body={item.note.body} /> : null}
      {item.note?.tags.length ? (
        <p className="tags">
          {item.note.tags.map((tag) => (
            <span key={tag} className="tag">
              #<UserText>{tag}</UserText>
            </span>
          ))}
        </p>
      ) : null}
      {showLabel && onShow ? (
        <button type="button" className="link-button" onClick={() => onShow(item)}>
          {showLabel}
        </button>
      ) : null}
    </li>
  );
}
