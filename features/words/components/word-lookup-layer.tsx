"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { charAtPoint, counterpartOf, liveSentence, plainText, rangeAt, sameSentence } from "@/features/words/sentence-dom";
import { useWordLookup, type LookupTarget } from "@/features/words/use-word-lookup";
import { useWordFlashFromUrl } from "@/features/words/use-word-flash-from-url";
import { usePlaySentence } from "@/features/listening/play-sentence";
import { SaveWordButton } from "./save-word-button";
import { WordPopupBody } from "./word-popup";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LETTER = /[A-Za-z]/;
const PHONE = "(max-width: 640px)";

function isTyping(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

function targetFor(root: HTMLElement, sentence: HTMLElement, at: number, preview: boolean, length?: number): LookupTarget | null {
  const lang = sentence.closest<HTMLElement>("[data-side]")?.dataset.side === "en" ? "en" : "zh";
  const text = plainText(sentence);
  if (at < 0 || at >= text.length || !(lang === "zh" ? HAN : LETTER).test(text[at])) return null;
  const counterparts = counterpartOf(root, sentence);
  return { lang, sentence, text, at, length, counterparts, counterpart: counterparts.map(plainText).join(" "), preview };
}

/** The next (or previous) word start in a sentence's text, for keyboard word-by-word. */
function neighbour(text: string, lang: "zh" | "en", from: number, dir: 1 | -1): number {
  const ok = lang === "zh" ? HAN : LETTER;
  if (dir > 0) {
    let i = from;
    if (lang === "en") while (i < text.length && LETTER.test(text[i])) i++;
    while (i < text.length && !ok.test(text[i])) i++;
    return i < text.length ? i : -1;
  }
  let i = from - 1;
  while (i >= 0 && !ok.test(text[i])) i--;
  return i;
}

function paint(name: string, ranges: Range[]) {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}

/**
 * Word lookup for the reader: click or tap a word (or hover it with Alt or
 * Shift held), or move word by word with the arrow keys in a focused sentence
 * and press Enter. The word and its translation links on the other side are
 * drawn with the CSS Custom Highlight API, so the paragraphs' HTML is never
 * touched.
 */
export function WordLookupLayer({ rootRef, signedIn }: { rootRef: RefObject<HTMLElement | null>; signedIn: boolean }) {
  const t = useTranslations("Words");
  const player = usePlaySentence();
  const [target, setTarget] = useState<LookupTarget | null>(null);
  const { data, isError } = useWordLookup(target);
  const popupRef = useRef<HTMLDivElement>(null);
  useWordFlashFromUrl(rootRef);
  const current = useMemo(() => (data && target ? { ...data, target } : null), [data, target]);

  const close = useCallback(() => setTarget(null), []);

  const resizeBy = useCallback(
    (delta: number) => {
      if (!current || current.lang !== "zh") return;
      const root = rootRef.current;
      const len = Math.max(1, current.end - current.start + delta);
      const sentence = root && liveSentence(root, current.target.sentence);
      const next = sentence && targetFor(root, sentence, current.start, false, len);
      setTarget(next || { ...current.target, pendingResize: undefined });
    },
    [current, rootRef],
  );
  const resize = useCallback(
    (delta: 1 | -1) => {
      // Before the lookup answers, the word's length is not known yet: keep the key press for the answer.
      if (!current) setTarget((t) => (t && !t.preview && t.lang === "zh" ? { ...t, pendingResize: (t.pendingResize ?? 0) + delta } : t));
      else resizeBy(delta);
    },
    [current, resizeBy],
  );
  useEffect(() => {
    if (current?.target.pendingResize) resizeBy(current.target.pendingResize);
  }, [current, resizeBy]);

  const step = useCallback(
    (dir: 1 | -1, sentence: HTMLElement, preview: boolean) => {
      const root = rootRef.current;
      if (!root) return;
      const text = plainText(sentence);
      const lang = sentence.closest<HTMLElement>("[data-side]")?.dataset.side === "en" ? "en" : "zh";
      // From the word shown, or from the one still being looked up.
      const base =
        current && sameSentence(current.target.sentence, sentence)
          ? { start: current.start, end: current.end }
          : target && sameSentence(target.sentence, sentence)
            ? { start: target.at, end: target.at + (target.length ?? 1) }
            : null;
      const at = base ? neighbour(text, lang, dir > 0 ? base.end : base.start, dir) : neighbour(text, lang, dir > 0 ? 0 : text.length, dir);
      const next = at >= 0 ? targetFor(root, sentence, at, preview) : null;
      if (next) setTarget(next);
    },
    [current, target, rootRef],
  );

  // Pointer and keyboard input on the text.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let lastHover = "";
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || !(e.target instanceof Element) || e.target.closest("mark, button, a, rt")) return;
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) return; // selecting text is for highlights
      const hit = charAtPoint(e.clientX, e.clientY);
      const next = hit && targetFor(root, hit.sentence, hit.offset, false);
      setTarget(next);
    };
    const onMove = (e: MouseEvent) => {
      if (!(e.altKey || e.shiftKey) || e.buttons) return;
      const hit = charAtPoint(e.clientX, e.clientY);
      if (!hit) return;
      const key = `${hit.sentence.dataset.sentence}:${hit.sentence.dataset.start}:${hit.offset}`;
      if (key === lastHover) return;
      lastHover = key;
      const next = targetFor(root, hit.sentence, hit.offset, false);
      if (next) setTarget(next);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || isTyping(e.target)) return;
      const focused = e.target instanceof HTMLElement && e.target.classList.contains("sentence") && root.contains(e.target) ? e.target : null;
      // Word-by-word goes on in the previewed sentence even if its element was replaced (and lost focus) meanwhile.
      const previewed = target?.preview ? liveSentence(root, target.sentence) : null;
      const sentence = focused ?? (e.target === document.body || e.target === root ? previewed : null);
      if (!sentence) return;
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        step(e.key === "ArrowRight" ? 1 : -1, sentence, !current || current.target.preview);
      } else if (e.key === "Enter" && target?.preview && sameSentence(target.sentence, sentence)) {
        // The previewed word opens as it is, even before its lookup has arrived (the query is the same).
        e.preventDefault();
        e.stopImmediatePropagation();
        setTarget({ ...target, preview: false });
      }
    };
    root.addEventListener("click", onClick);
    root.addEventListener("mousemove", onMove);
    window.addEventListener("keydown", onKey, true);
    return () => {
      root.removeEventListener("click", onClick);
      root.removeEventListener("mousemove", onMove);
      window.removeEventListener("keydown", onKey, true);
    };
  }, [rootRef, step, current, target]);

  // Keys while the popup is open.
  useEffect(() => {
    if (!target || target.preview) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === "Escape") {
        close();
        const root = rootRef.current;
        (root && liveSentence(root, target.sentence))?.focus({ preventScroll: true });
      } else if (e.key === "[" || (e.shiftKey && e.key === "ArrowLeft")) {
        e.preventDefault();
        resize(-1);
      } else if (e.key === "]" || (e.shiftKey && e.key === "ArrowRight")) {
        e.preventDefault();
        resize(1);
      } else if (current && (e.key === "ArrowRight" || e.key === "ArrowLeft") && !(e.target instanceof HTMLElement && e.target.classList.contains("sentence"))) {
        e.preventDefault();
        const root = rootRef.current;
        const sentence = root && liveSentence(root, current.target.sentence);
        if (sentence) step(e.key === "ArrowRight" ? 1 : -1, sentence, false);
      }
    };
    const onDown = (e: PointerEvent) => {
      if (e.target instanceof Node && popupRef.current?.contains(e.target)) return;
      if (e.target instanceof Element && e.target.closest(".sentence")) return; // a click there looks up the next word
      close();
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("pointerdown", onDown);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pointerdown", onDown);
    };
  }, [target, current, close, resize, step, rootRef]);

  // The word and its links, drawn as highlights.
  const findWordRange = useCallback(() => {
    const root = rootRef.current;
    const el = current && root ? liveSentence(root, current.target.sentence) : null;
    return el && current ? rangeAt(el, current.start, current.end) : null;
  }, [current, rootRef]);
  useEffect(() => {
    if (!current) {
      paint("word-open", []);
      paint("word-link", []);
      return;
    }
    const wordRange = findWordRange();
    paint("word-open", wordRange ? [wordRange] : []);
    const links: Range[] = [];
    // Link offsets index the counterpart text, the sentences joined by one space.
    let base = 0;
    const root = rootRef.current;
    const sentence = root && liveSentence(root, current.target.sentence);
    for (const el of root && sentence ? counterpartOf(root, sentence) : []) {
      const len = plainText(el).length;
      for (const l of current.links) if (l.start >= base && l.end <= base + len) links.push(rangeAt(el, l.start - base, l.end - base)!);
      base += len + 1;
    }
    paint("word-link", links.filter(Boolean));
    return () => {
      paint("word-open", []);
      paint("word-link", []);
    };
  }, [current, findWordRange, rootRef]);

  // Place the popup beside the word, never over it: below, else above; on a phone a bottom sheet.
  const open = !!current && !current.target.preview;
  useLayoutEffect(() => {
    const el = popupRef.current;
    const wordRange = open ? findWordRange() : null;
    if (!wordRange || !el) return;
    const place = () => {
      const isPhone = window.matchMedia(PHONE).matches;
      el.classList.toggle("word-sheet", isPhone);
      const w = wordRange.getBoundingClientRect();
      const pop = el.getBoundingClientRect();
      if (isPhone) {
        el.style.left = el.style.top = "";
        const overlap = w.bottom + 8 - (window.innerHeight - pop.height);
        if (overlap > 0) window.scrollBy({ top: overlap });
        return;
      }
      const left = Math.max(8, Math.min(w.left, window.innerWidth - pop.width - 8));
      const below = w.bottom + 8;
      const top = below + pop.height <= window.innerHeight - 8 || w.top - pop.height - 8 < 8 ? below : w.top - pop.height - 8;
      el.style.left = `${left}px`;
      el.style.top = `${top}px`;
    };
    place();
    window.addEventListener("scroll", place, { passive: true });
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place);
      window.removeEventListener("resize", place);
    };
  }, [open, findWordRange]);

  if (!target || target.preview) return null;
  if (!current)
    return isError ? (
      <div className="word-popup" role="status" style={{ left: 8, bottom: 8 }}>
        {t("failed")}
      </div>
    ) : null;
  return (
    <div
      ref={popupRef}
      className="word-popup"
      role="dialog"
      aria-label={t("popupLabel", { word: current.word })}
      data-word={current.word}
    >
      <button type="button" className="word-close" onClick={close} aria-label={t("close")}>
        ×
      </button>
      <WordPopupBody data={current} onResize={resize} />
      {signedIn && current.lang === "zh" ? (
        <SaveWordButton lookup={current} sentence={current.target.sentence} busy={!!current.target.pendingResize} />
      ) : null}
      {player.available && current.target.sentence.dataset.sentence ? (
        <button type="button" className="word-listen" onClick={() => player.play(current.target.sentence.dataset.sentence!)}>
          {t("listenSentence")}
        </button>
      ) : null}
      <p className="word-keys">{t("keysHint")}</p>
    </div>
  );
}
