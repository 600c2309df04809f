"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { DEFAULT_LISTENING, LISTENING_KEY, parseListening, pickVoice, type ListeningSettings } from "./listening-settings";
import { SpeechPlayer, type PlayerState, type UtteranceLike } from "./speech-player";
import { readingOrder, type SpeechLang, type SpeechParagraph } from "./speech-text";
import { useVoices } from "./use-voices";

const IDLE: PlayerState = { status: "idle", key: null, lang: null, round: 1, error: null };

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName));

/**
 * Reading aloud for the reader: one SpeechPlayer over the loaded paragraphs,
 * the device's listening settings, the focused sentence (where reading
 * starts) and the keys P (play this sentence) and R (read on from here).
 */
export function useListening(
  rootRef: RefObject<HTMLElement | null>,
  paragraphs: readonly SpeechParagraph[],
  moreComing: boolean,
  /** Whether study mode covers this pair's English ("<paragraph>.<pair>" key, paragraph index). */
  enCovered: (key: string, pairIndex: number) => boolean = () => false,
) {
  const { status: voiceStatus, voices } = useVoices();
  const [settings, setSettings] = useState<ListeningSettings>(DEFAULT_LISTENING);
  const [state, setState] = useState<PlayerState>(IDLE);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const order = useMemo(() => readingOrder(paragraphs), [paragraphs]);
  // The player reads items afresh at each sentence, so a reveal during read-along applies from the next one.
  const items = useMemo(() => order.map((item) => (enCovered(item.key, item.pairIndex) ? { ...item, enCovered: true } : item)), [order, enCovered]);
  const live = useRef({ items, moreComing, voices, settings });
  useEffect(() => {
    live.current = { items, moreComing, voices, settings };
  });

  const voiceFor = useCallback((lang: SpeechLang) => pickVoice(live.current.voices, lang, live.current.settings.voices[lang]), []);
  const canSpeak = { zh: pickVoice(voices, "zh", settings.voices.zh) !== null, en: pickVoice(voices, "en", settings.voices.en) !== null };

  const playerRef = useRef<SpeechPlayer | null>(null);
  useEffect(() => {
    if (voiceStatus === "unsupported") return;
    const synth = window.speechSynthesis;
    const player = new SpeechPlayer({
      synth: { speak: (u) => synth.speak(u as unknown as SpeechSynthesisUtterance), cancel: () => synth.cancel() },
      makeUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
      items: () => live.current.items,
      moreComing: () => live.current.moreComing,
      voiceFor: (lang) => voiceFor(lang),
      onChange: setState,
    });
    playerRef.current = player;
    return () => {
      player.stop();
      playerRef.current = null;
    };
  }, [voiceStatus, voiceFor]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage only exists after mount
    setSettings(parseListening(window.localStorage.getItem(LISTENING_KEY)));
  }, []);
  useEffect(() => {
    const p = playerRef.current;
    if (!p) return;
    if (p.side !== settings.side) p.setSide(settings.side);
    p.setRepeat(settings.repeat);
    if (p.rate !== settings.rate) p.setRate(settings.rate);
  }, [settings, voiceStatus]);
  useEffect(() => playerRef.current?.itemsChanged(), [items]);

  const update = useCallback((patch: Partial<ListeningSettings>) => {
    setSettings((prev) => {
      const next = { ...prev, ...patch, voices: { ...prev.voices, ...patch.voices } };
      try {
        window.localStorage.setItem(LISTENING_KEY, JSON.stringify(next));
      } catch {
        // Not persisted; still applies for this visit.
      }
      return next;
    });
  }, []);

  const play = useCallback((key: string, continuous: boolean) => {
    const p = playerRef.current;
    if (!p) return;
    setOpen(true);
    p.side = live.current.settings.side;
    p.setRepeat(live.current.settings.repeat);
    p.rate = live.current.settings.rate;
    p.play(key, continuous);
  }, []);

  /** Play or pause one sentence pair (the sentence's button, the P key, the lookup popup). */
  const playSentence = useCallback(
    (key: string) => {
      const p = playerRef.current;
      if (p && p.state.key === key && p.state.status === "playing") p.pause();
      else if (p && p.state.key === key && p.state.status === "paused") p.resume();
      else play(key, false);
    },
    [play],
  );
  const readAlong = useCallback(
    (from?: string | null) => {
      const key = from ?? live.current.items[0]?.key;
      if (key) play(key, true);
    },
    [play],
  );

  // Where reading starts: the sentence last focused (clicked, tapped or tabbed to).
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const keyOf = (t: EventTarget | null) => (t instanceof Element ? (t.closest("[data-sentence]")?.getAttribute("data-sentence") ?? null) : null);
    const onFocus = (e: FocusEvent) => {
      const key = keyOf(e.target);
      if (key) setFocusedKey(key);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const key = keyOf(e.target);
      if (!key) return;
      const k = e.key.toLowerCase();
      if (k === "p") {
        e.preventDefault();
        playSentence(key);
      } else if (k === "r") {
        e.preventDefault();
        readAlong(key);
      }
    };
    root.addEventListener("focusin", onFocus);
    root.addEventListener("keydown", onKey);
    return () => {
      root.removeEventListener("focusin", onFocus);
      root.removeEventListener("keydown", onKey);
    };
  }, [rootRef, playSentence, readAlong]);

  const player = playerRef;
  return {
    voiceStatus,
    voices,
    canSpeak,
    settings,
    update,
    state,
    focusedKey,
    open,
    setOpen,
    playSentence,
    readAlong,
    pause: () => player.current?.pause(),
    resume: () => player.current?.resume(),
    stop: () => player.current?.stop(),
    next: () => player.current?.next(),
    previous: () => player.current?.previous(),
  };
}

export type Listening = ReturnType<typeof useListening>;
