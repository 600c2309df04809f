"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import type { ReaderParagraph } from "@/features/reader/queries";
import { useReaderSettings } from "@/features/reader/use-reader-settings";
import { useSentenceLinking } from "@/features/reader/use-sentence-linking";
import { useReaderParagraphs, useScrollToLateHash } from "@/features/reader/use-reader-paragraphs";
import { AnnotationLayer } from "@/features/annotations/components/annotation-layer";
import { useToasts } from "@/features/annotations/components/toasts";
import { useAnnotationMutations, useAnnotations } from "@/features/annotations/use-annotations";
import { PinyinSource } from "@/features/reader/use-pinyin";
import { SavedWordsToggle } from "@/features/words/components/saved-words-layer";
import { WordLookupLayer } from "@/features/words/components/word-lookup-layer";
import { PairRow } from "./pair-row";
import { ReaderToolbar } from "./reader-toolbar";
import type { RenderedHighlight } from "./side-text";

type SideHighlights = { zh: RenderedHighlight[]; en: RenderedHighlight[] };

export function ReaderView({
  textId,
  textSlug,
  firstParagraphs,
  paragraphCount,
  signedIn,
}: {
  textId: string;
  textSlug: string;
  /** The paragraphs the server rendered; the rest of a long text is fetched after hydration. */
  firstParagraphs: ReaderParagraph[];
  paragraphCount: number;
  signedIn: boolean;
}) {
  const t = useTranslations("Reader");
  const ta = useTranslations("Annotations");
  const [settings, updateSettings] = useReaderSettings();
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(() => new Set());
  const [notesOpen, setNotesOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useSentenceLinking(rootRef);
  const { paragraphs, total, loading, failed, retry } = useReaderParagraphs(textId, textSlug, firstParagraphs, paragraphCount);
  useScrollToLateHash(paragraphs.length);

  const toasts = useToasts();
  const annotations = useAnnotations(textSlug, signedIn);
  const mutations = useAnnotationMutations(textSlug, (err) => toasts.push({ kind: "error", message: err.message }));
  const data = signedIn ? annotations.data : undefined;

  // Highlights per paragraph and side; orphans are listed in the notes panel, not drawn.
  const byParagraph = useMemo(() => {
    const map = new Map<string, SideHighlights>();
    for (const h of data?.highlights ?? []) {
      if (!h.paragraphId || h.status === "orphan") continue;
      const entry = map.get(h.paragraphId) ?? { zh: [], en: [] };
      entry[h.lang].push({ id: h.id, start: h.start, end: h.end, color: h.color });
      map.set(h.paragraphId, entry);
    }
    return map;
  }, [data]);

  const toggleReveal = useCallback((pairIndex: number) => {
    setRevealed((prev) => {
      const next = new Set(prev);
      if (next.has(pairIndex)) next.delete(pairIndex);
      else next.add(pairIndex);
      return next;
    });
  }, []);

  const count = new Set((data?.highlights ?? []).map((h) => h.annotationId)).size;

  return (
    <PinyinSource slug={textSlug} enabled={settings.pinyin} total={total}>
      <ReaderToolbar
        settings={settings}
        onChange={updateSettings}
        onRevealAll={() => setRevealed(new Set(Array.from({ length: total }, (_, i) => i)))}
        onHideAll={() => setRevealed(new Set())}
      >
        {signedIn ? (
          <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen(!notesOpen)}>
            {ta("panelTitle")} ({count})
          </button>
        ) : null}
        <SavedWordsToggle rootRef={rootRef} signedIn={signedIn} />
        <button type="button" aria-label={ta("helpButton")} onClick={() => setHelpOpen(true)}>
          ?
        </button>
      </ReaderToolbar>
      <div
        className="pairs"
        ref={rootRef}
        aria-label={t("textBody")}
        role="region"
        data-pinyin={settings.pinyin ? "on" : "off"}
      >
        <div className="pairs-head" aria-hidden="true">
          <span lang="zh-Hans">{t("chinese")}</span>
          <span lang="en">{t("english")}</span>
        </div>
        {paragraphs.map((p, i) => {
          const hs = byParagraph.get(p.id);
          return (
            <PairRow
              key={p.id}
              paragraph={p}
              pairIndex={i}
              study={settings.study}
              revealed={revealed.has(i)}
              showPinyin={settings.pinyin}
              onToggleReveal={toggleReveal}
              zhHighlights={hs?.zh}
              enHighlights={hs?.en}
            />
          );
        })}
        {loading || failed ? (
          <p className="pairs-loading" role="status">
            {failed ? t("loadRestFailed", { loaded: paragraphs.length, total }) : t("loadingRest", { loaded: paragraphs.length, total })}
            {failed ? (
              <button type="button" onClick={retry}>
                {t("retry")}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      <AnnotationLayer
        rootRef={rootRef}
        paragraphs={paragraphs}
        textSlug={textSlug}
        signedIn={signedIn}
        data={data}
        mutations={mutations}
        toasts={toasts}
        notesOpen={notesOpen}
        setNotesOpen={setNotesOpen}
        helpOpen={helpOpen}
        setHelpOpen={setHelpOpen}
      />
      <WordLookupLayer rootRef={rootRef} signedIn={signedIn} />
    </PinyinSource>
  );
}
