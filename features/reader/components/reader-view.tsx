"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import type { ReaderParagraph } from "@/features/reader/queries";
import { useReaderSettings } from "@/features/reader/use-reader-settings";
import { useSentenceLinking } from "@/features/reader/use-sentence-linking";
import { useReaderParagraphs, useScrollToLateHash } from "@/features/reader/use-reader-paragraphs";
import { revealRules, useSentenceReveal } from "@/features/reader/use-sentence-reveal";
import { useSessionLost } from "@/features/reader/use-session-lost";
import { ensureViewer, useViewer } from "@/features/shell/use-viewer";
import { useQueryClient } from "@tanstack/react-query";
import { AnnotationLayer } from "@/features/annotations/components/annotation-layer";
import { useToasts } from "@/features/annotations/components/toasts";
import { useAnnotationMutations, useAnnotations } from "@/features/annotations/use-annotations";
import { noteKeyOf, noteKeyOfNote } from "@/features/annotations/types";
import { ListenBar } from "@/features/listening/components/listen-bar";
import { SentencePlayButton } from "@/features/listening/components/sentence-play-button";
import { SpeakingStyle } from "@/features/listening/components/speaking-style";
import { PlaySentenceProvider } from "@/features/listening/play-sentence";
import { useListening } from "@/features/listening/use-listening";
import { PinyinSource } from "@/features/reader/use-pinyin";
import { SavedWordsToggle } from "@/features/words/components/saved-words-layer";
import { WordLookupLayer } from "@/features/words/components/word-lookup-layer";
import { ReaderSentenceFix } from "@/features/sentence-fix/components/reader-sentence-fix";
import { PairRow } from "./pair-row";
import { ReaderToolbar } from "./reader-toolbar";
import type { RenderedHighlight } from "./side-text";

/** From this size a column holds so few characters that justifying Chinese opens visible gaps around Latin words. */
const LARGE_TYPE = 24;

type SideHighlights = { zh: RenderedHighlight[]; en: RenderedHighlight[] };

export function ReaderView({
  textId,
  textSlug,
  firstParagraphs,
  paragraphCount,
  signedIn: signedInOnServer,
  ownedText = false,
}: {
  textId: string;
  textSlug: string;
  /** The paragraphs the server rendered; the rest of a long text is fetched after hydration. */
  firstParagraphs: ReaderParagraph[];
  paragraphCount: number;
  /** Known when the page was rendered for this request; a cached page leaves it to the browser's viewer query. */
  signedIn?: boolean;
  /**
   * The text has an owner. Only its owner can open it, so whoever reads it
   * may fix its sentence pairs; this is about the text, not the viewer, so
   * the page stays cacheable (the action checks ownership again).
   */
  ownedText?: boolean;
}) {
  const viewer = useViewer();
  const signedIn = signedInOnServer ?? Boolean(viewer.data?.user);
  // A cached page learns who is signed in just after hydration; a highlight made before that waits for the answer.
  const queryClient = useQueryClient();
  const viewerUnknown = signedInOnServer === undefined && viewer.data === undefined;
  const confirmSignedIn = useCallback(async () => (await ensureViewer(queryClient)).user !== null, [queryClient]);
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
  const sentenceReveal = useSentenceReveal(rootRef, settings.study);
  const revealedSentences = sentenceReveal.revealed;
  const enCovered = useCallback(
    (key: string, pairIndex: number) => settings.study && !revealed.has(pairIndex) && !revealedSentences.has(key),
    [settings.study, revealed, revealedSentences],
  );
  const listening = useListening(rootRef, paragraphs, loading, enCovered);
  const { clear: clearSentenceReveals } = sentenceReveal;
  const tl = useTranslations("Listening");
  const playApi = useMemo(() => ({ play: listening.playSentence, available: listening.voiceStatus !== "unsupported" }), [listening.playSentence, listening.voiceStatus]);

  const toasts = useToasts();
  const annotations = useAnnotations(textSlug, signedIn);
  const session = useSessionLost(textSlug, annotations.error, toasts);
  const mutations = useAnnotationMutations(textSlug, (err) => (err.code === "UNAUTHENTICATED" ? session.lose() : toasts.push({ kind: "error", message: err.message })));
  // After the session is lost the cached highlights stay on screen, read-only.
  const data = signedIn || session.lost ? annotations.data : undefined;
  const canAnnotate = signedIn && !session.lost;

  // Highlights per paragraph and side; orphans are listed in the notes panel, not drawn.
  const byParagraph = useMemo(() => {
    const map = new Map<string, SideHighlights>();
    const noted = new Set((data?.notes ?? []).map(noteKeyOfNote));
    for (const h of data?.highlights ?? []) {
      if (!h.paragraphId || h.status === "orphan") continue;
      const entry = map.get(h.paragraphId) ?? { zh: [], en: [] };
      entry[h.lang].push({ id: h.id, start: h.start, end: h.end, color: h.color, note: noted.has(noteKeyOf(h)) });
      map.set(h.paragraphId, entry);
    }
    return map;
  }, [data]);

  const toggleReveal = useCallback((pairIndex: number) => {
    clearSentenceReveals(pairIndex);
    setRevealed((prev) => {
      const next = new Set(prev);
      if (next.has(pairIndex)) next.delete(pairIndex);
      else next.add(pairIndex);
      return next;
    });
  }, [clearSentenceReveals]);

  const [fixing, setFixing] = useState<number | null>(null);
  const openFix = useCallback((pairIndex: number) => setFixing(pairIndex), []);
  const { push: pushToast } = toasts;
  const fixError = useCallback((message: string) => pushToast({ kind: "error", message }), [pushToast]);

  // The button says "Notes", so it counts notes (the panel lists every highlight, with or without one).
  const count = data?.notes.length ?? 0;

  return (
    <PlaySentenceProvider value={playApi}>
      <PinyinSource slug={textSlug} enabled={settings.pinyin} total={total}>
      <ReaderToolbar
        settings={settings}
        onChange={updateSettings}
        onRevealAll={() => (clearSentenceReveals(), setRevealed(new Set(Array.from({ length: total }, (_, i) => i))))}
        onHideAll={() => (clearSentenceReveals(), setRevealed(new Set()))}
      >
        <button type="button" aria-pressed={listening.open} onClick={() => (listening.open ? (listening.stop(), listening.setOpen(false)) : listening.setOpen(true))}>
          {tl("open")}
        </button>
        {signedIn || session.lost ? (
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
        data-large-type={settings.fontSize >= LARGE_TYPE ? "" : undefined}
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
              traditional={settings.script === "traditional"}
              onToggleReveal={toggleReveal}
              onRevealSentence={sentenceReveal.toggle}
              zhHighlights={hs?.zh}
              enHighlights={hs?.en}
              onFixSentences={ownedText && canAnnotate ? openFix : undefined}
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
        <SentencePlayButton
          rootRef={rootRef}
          sentenceKey={listening.focusedKey}
          playing={listening.state.status === "playing" && listening.state.key === listening.focusedKey}
          onPlay={listening.playSentence}
          layoutVersion={`${settings.layout}:${settings.fontSize}:${settings.pinyin}:${settings.study}:${paragraphs.length}`}
        />
      </div>
      <SpeakingStyle sentenceKey={listening.state.key} />
      {settings.study && sentenceReveal.revealed.size > 0 ? <style>{revealRules(sentenceReveal.revealed)}</style> : null}
      <p className="visually-hidden" role="status">
        {settings.study && sentenceReveal.last ? revealedText(paragraphs, sentenceReveal.last) : null}
      </p>
      {listening.open ? <ListenBar listening={listening} /> : null}
      <AnnotationLayer
        rootRef={rootRef}
        paragraphs={paragraphs}
        textSlug={textSlug}
        signedIn={canAnnotate}
        confirmSignedIn={viewerUnknown ? confirmSignedIn : undefined}
        data={data}
        mutations={mutations}
        toasts={toasts}
        notesOpen={notesOpen}
        setNotesOpen={setNotesOpen}
        helpOpen={helpOpen}
        setHelpOpen={setHelpOpen}
      />
      <WordLookupLayer rootRef={rootRef} signedIn={signedIn} />
      {ownedText && canAnnotate ? (
        <ReaderSentenceFix textId={textId} textSlug={textSlug} paragraph={fixing === null ? null : (paragraphs[fixing] ?? null)} onClose={() => setFixing(null)} onError={fixError} />
      ) : null}
      </PinyinSource>
    </PlaySentenceProvider>
  );
}

/** The English of one sentence pair, for announcing a single reveal. */
function revealedText(paragraphs: ReaderParagraph[], key: string): string {
  const [pi, pair] = key.split(".").map(Number);
  const p = paragraphs[pi];
  if (!p) return "";
  return p.enSentences.filter((s) => s.pair === pair).map((s) => p.en.slice(s.start, s.end)).join(" ");
}
