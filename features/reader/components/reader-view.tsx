"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import type { ReaderParagraph } from "@/features/reader/queries";
import { useReaderSettings } from "@/features/reader/use-reader-settings";
import { useSentenceLinking } from "@/features/reader/use-sentence-linking";
import { PairRow } from "./pair-row";
import { ReaderToolbar } from "./reader-toolbar";

export function ReaderView({ paragraphs }: { paragraphs: ReaderParagraph[] }) {
  const t = useTranslations("Reader");
  const [settings, updateSettings] = useReaderSettings();
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(() => new Set());
  const rootRef = useRef<HTMLDivElement>(null);
  useSentenceLinking(rootRef);

  const toggleReveal = useCallback((pairIndex: number) => {
    setRevealed((prev) => {
      const next = new Set(prev);
      if (next.has(pairIndex)) next.delete(pairIndex);
      else next.add(pairIndex);
      return next;
    });
  }, []);

  return (
    <>
      <ReaderToolbar
        settings={settings}
        onChange={updateSettings}
        onRevealAll={() => setRevealed(new Set(paragraphs.map((_, i) => i)))}
        onHideAll={() => setRevealed(new Set())}
      />
      <div className="pairs" ref={rootRef} aria-label={t("textBody")} role="region" data-pinyin={settings.pinyin ? "on" : "off"}>
        <div className="pairs-head" aria-hidden="true">
          <span lang="zh-Hans">{t("chinese")}</span>
          <span lang="en">{t("english")}</span>
        </div>
        {paragraphs.map((p, i) => (
          <PairRow
            key={p.id}
            paragraph={p}
            pairIndex={i}
            study={settings.study}
            revealed={revealed.has(i)}
            showPinyin={settings.pinyin}
            onToggleReveal={toggleReveal}
          />
        ))}
      </div>
    </>
  );
}
