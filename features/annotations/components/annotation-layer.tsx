"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { annotationItems, counterpartOf, type ParagraphLike } from "@/features/annotations/annotation-model";
import type { SelectedPart } from "@/features/annotations/dom-offsets";
import { HIGHLIGHT_COLORS, type HighlightColor, type TextAnnotations } from "@/features/annotations/types";
import type { useAnnotationMutations } from "@/features/annotations/use-annotations";
import { useSelectionToolbar } from "@/features/annotations/use-selection-toolbar";
import { useFlashFromUrl } from "@/features/annotations/use-flash-from-url";
import { useFocusReturn } from "@/features/shell/use-focus-return";
import { HelpDialog } from "./help-dialog";
import { HighlightPanel } from "./highlight-panel";
import { clearDraft } from "./note-editor";
import { NotesPanel } from "./notes-panel";
import { SelectionToolbar } from "./selection-toolbar";
import { SignInPrompt } from "./sign-in-prompt";
import { Toasts, type useToasts } from "./toasts";

const COLOR_KEY = "highlight-color:v1";
const COUNTERPART = "is-counterpart";

type Mutations = ReturnType<typeof useAnnotationMutations>;

let tempCounter = 0;
const tempId = () => `tmp-${Date.now().toString(36)}-${(tempCounter++).toString(36)}`;

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * Everything annotation-related that floats over the reader: the selection
 * toolbar, the opened highlight, the notes panel, undo toasts, keyboard
 * shortcuts and the counterpart underline. The text itself stays in
 * ReaderView; this component only reads the DOM it renders.
 */
export function AnnotationLayer({
  rootRef,
  paragraphs,
  textSlug,
  signedIn,
  confirmSignedIn,
  data,
  mutations,
  toasts,
  notesOpen,
  setNotesOpen,
  helpOpen,
  setHelpOpen,
}: {
  rootRef: RefObject<HTMLElement | null>;
  paragraphs: ParagraphLike[];
  textSlug: string;
  signedIn: boolean;
  /** Set while the page does not know yet whether anyone is signed in (a cached page): resolves once it does. */
  confirmSignedIn?: () => Promise<boolean>;
  data: TextAnnotations | undefined;
  mutations: Mutations;
  toasts: ReturnType<typeof useToasts>;
  notesOpen: boolean;
  setNotesOpen: (open: boolean) => void;
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
}) {
  const t = useTranslations("Annotations");
  const locale = useLocale();
  const [color, setColorState] = useState<HighlightColor>("yellow");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [focusNote, setFocusNote] = useState(false);
  const [promptPair, setPromptPair] = useState<number | null>(null);

  // Esc from a panel puts focus back on the sentence (or control) it was opened from.
  const lastTextFocus = useRef<Element | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Element && e.target.closest(".sentence")) lastTextFocus.current = e.target;
    };
    root.addEventListener("focusin", onFocus);
    return () => root.removeEventListener("focusin", onFocus);
  }, [rootRef]);
  const openRef = useRef(openKey);
  useEffect(() => {
    openRef.current = openKey;
  });
  const fromText = () => (rootRef.current?.contains(document.activeElement) ? document.activeElement : lastTextFocus.current);
  useFocusReturn(openKey !== null, fromText);
  useFocusReturn(promptPair !== null, fromText);
  useFocusReturn(notesOpen);

  const byId = useMemo(() => new Map(paragraphs.map((p) => [p.id, p])), [paragraphs]);
  const textOf = useCallback((id: string, lang: "zh" | "en") => byId.get(id)?.[lang], [byId]);
  const [selection, clearSelection] = useSelectionToolbar(rootRef, textOf);
  const items = useMemo(() => annotationItems(data), [data]);
  const itemByKey = useMemo(() => new Map(items.map((i) => [i.noteKey, i])), [items]);
  const keyOfHighlight = useMemo(() => {
    const m = new Map<string, string>();
    for (const i of items) for (const h of i.highlights) m.set(h.id, i.noteKey);
    return m;
  }, [items]);

  useEffect(() => {
    const saved = window.localStorage.getItem(COLOR_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device's last colour is only readable after mount
    if (HIGHLIGHT_COLORS.includes(saved as HighlightColor)) setColorState(saved as HighlightColor);
  }, []);
  const setColor = useCallback((c: HighlightColor) => {
    setColorState(c);
    try {
      window.localStorage.setItem(COLOR_KEY, c);
    } catch {
      // not persisted; still applies now
    }
  }, []);

  const underline = useCallback(
    (noteKey: string | null) => {
      const root = rootRef.current;
      if (!root) return;
      root.querySelectorAll(`.${COUNTERPART}`).forEach((el) => el.classList.remove(COUNTERPART));
      const item = noteKey ? itemByKey.get(noteKey) : undefined;
      if (!item) return;
      const { lang, sentenceKeys } = counterpartOf(item.highlights, byId);
      for (const key of sentenceKeys) {
        root.querySelectorAll(`[data-side="${lang}"] [data-sentence="${key}"]`).forEach((el) => el.classList.add(COUNTERPART));
      }
    },
    [rootRef, itemByKey, byId],
  );

  // Keep the open annotation's counterpart underlined; hovering a mark shows another one's meanwhile.
  useEffect(() => underline(openKey), [openKey, underline]);

  const flash = useCallback(
    (noteKey: string) => {
      const item = itemByKey.get(noteKey);
      const root = rootRef.current;
      if (!item || !root) return;
      const marks = item.highlights.flatMap((h) => Array.from(root.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${h.id}"]`)));
      marks[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
      for (const m of marks) {
        m.classList.remove("flash");
        void m.offsetWidth; // restart the animation
        m.classList.add("flash");
        setTimeout(() => m.classList.remove("flash"), 1600);
      }
    },
    [itemByKey, rootRef],
  );
  useFlashFromUrl(keyOfHighlight, flash, paragraphs.length);

  const create = useCallback(
    async (parts: SelectedPart[], withNote: boolean) => {
      if (!signedIn && !(await confirmSignedIn?.())) {
        setPromptPair(parts[0]?.pairIndex ?? 0);
        return;
      }
      const ids = parts.map(() => tempId());
      clearSelection();
      window.getSelection()?.removeAllRanges();
      try {
        const result = await mutations.create.mutateAsync({
          textSlug,
          color,
          parts: parts.map((p) => ({ paragraphId: p.paragraphId, lang: p.lang, start: p.start, end: p.end, quote: byId.get(p.paragraphId)![p.lang].slice(p.start, p.end) })),
          tempIds: ids,
          paragraphIndexes: parts.map((p) => p.pairIndex),
        });
        if (withNote && result.highlights[0]) {
          setFocusNote(true);
          setOpenKey(result.annotationId);
        }
      } catch {
        // onError already rolled back and reported it
      }
    },
    [signedIn, confirmSignedIn, clearSelection, mutations.create, textSlug, color, byId],
  );

  // Clicks on marks open them; hovering shows the counterpart; keys act on the focused sentence.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const markKey = (target: EventTarget | null) => {
      const id = target instanceof Element ? target.closest("mark[data-highlight-id]")?.getAttribute("data-highlight-id") : null;
      return id ? (keyOfHighlight.get(id) ?? null) : null;
    };
    const onClick = (e: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const key = markKey(e.target);
      if (key) {
        setFocusNote(false);
        setOpenKey(key);
      }
    };
    const onOver = (e: MouseEvent) => {
      const key = markKey(e.target);
      if (key) underline(key);
    };
    const onOut = (e: MouseEvent) => {
      if (markKey(e.target) && !markKey(e.relatedTarget)) underline(openKey);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const sentence = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>("[data-sentence]") : null;
      if (!sentence) return;
      const block = sentence.closest<HTMLElement>("[data-offset-root]");
      if (!block) return;
      const k = e.key.toLowerCase();
      if (k === "h" || k === "n") {
        e.preventDefault();
        void create(
          [
            {
              paragraphId: block.dataset.paragraphId!,
              pairIndex: Number(block.dataset.pairIndex),
              lang: block.dataset.side === "en" ? "en" : "zh",
              start: Number(sentence.dataset.start),
              end: Number(sentence.dataset.end),
            },
          ],
          k === "n",
        );
      } else if (e.key === "Enter") {
        const key = markKey(sentence.querySelector("mark"));
        if (key) {
          e.preventDefault();
          setOpenKey(key);
        }
      }
    };
    root.addEventListener("click", onClick);
    root.addEventListener("mouseover", onOver);
    root.addEventListener("mouseout", onOut);
    root.addEventListener("keydown", onKey);
    // Says the keys work from now on (tests and benchmarks wait for it before pressing H).
    root.setAttribute("data-keys-ready", "");
    return () => {
      root.removeEventListener("click", onClick);
      root.removeEventListener("mouseover", onOver);
      root.removeEventListener("mouseout", onOut);
      root.removeEventListener("keydown", onKey);
    };
  }, [rootRef, keyOfHighlight, underline, openKey, create]);

  // Global shortcuts: ? for help, 1–5 for the colour, Esc to drop the toolbar.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === "?") {
        e.preventDefault();
        setHelpOpen(true);
      } else if (/^[1-5]$/.test(e.key)) {
        setColor(HIGHLIGHT_COLORS[Number(e.key) - 1]);
      } else if (e.key === "Escape") {
        clearSelection();
        setPromptPair(null);
        // The opened highlight closes first (its panel listens itself); the notes panel after it.
        if (!openRef.current) setNotesOpen(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [setColor, clearSelection, setHelpOpen, setNotesOpen]);

  const open = openKey ? itemByKey.get(openKey) : undefined;
  const openView = useMemo(() => {
    if (!open) return null;
    const c = counterpartOf(open.highlights, byId);
    return { noteKey: open.noteKey, highlights: open.highlights, note: open.note, counterpart: c.text, counterpartLang: c.lang };
  }, [open, byId]);

  const deleteOpen = () => {
    if (!open) return;
    const annotationId = open.noteKey;
    setOpenKey(null);
    mutations.remove.mutate(
      { annotationId },
      {
        onSuccess: () =>
          toasts.push({
            kind: "info",
            message: t("deleted"),
            action: { label: t("undo"), run: () => mutations.restore.mutate({ annotationId }, { onSuccess: () => toasts.push({ kind: "info", message: t("restored") }, 3000) }) },
          }),
      },
    );
  };

  const nextPath = `/${locale}/texts/${textSlug}${promptPair !== null ? `#pair-${promptPair}` : ""}`;

  return (
    <>
      {selection ? (
        <SelectionToolbar
          top={selection.top}
          left={selection.left}
          color={color}
          onColor={setColor}
          onHighlight={() => void create(selection.parts, false)}
          onAddNote={() => void create(selection.parts, true)}
        />
      ) : null}
      {promptPair !== null ? <SignInPrompt next={nextPath} onClose={() => setPromptPair(null)} /> : null}
      {openView && open && !open.noteKey.startsWith("tmp-") ? (
        <HighlightPanel
          open={openView}
          saving={mutations.save.isPending || mutations.saveTags.isPending}
          focusNote={focusNote}
          onClose={() => setOpenKey(null)}
          onRecolor={(c) => mutations.recolor.mutate({ annotationId: open.noteKey, color: c })}
          onDelete={deleteOpen}
          onSaveNote={(body, tags) => {
            const done = { onSuccess: () => (clearDraft(open.noteKey), toasts.push({ kind: "info", message: t("saved") }, 2500)) };
            const input = { annotationId: open.noteKey, tags };
            if (open.note && open.note.body === body) mutations.saveTags.mutate(input, done);
            else mutations.save.mutate({ ...input, body }, done);
          }}
          onDeleteNote={() => mutations.removeNote.mutate({ annotationId: open.noteKey }, { onSuccess: () => clearDraft(open.noteKey) })}
        />
      ) : null}
      {notesOpen ? (
        <NotesPanel
          items={items.filter((i) => !i.orphan)}
          orphans={items.filter((i) => i.orphan)}
          onShow={(item) => flash(item.noteKey)}
          onClose={() => setNotesOpen(false)}
        />
      ) : null}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <Toasts toasts={toasts.toasts} dismiss={toasts.dismiss} />
    </>
  );
}
