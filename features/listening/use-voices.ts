"use client";

import { useEffect, useState } from "react";

export type VoiceStatus = "unsupported" | "loading" | "ready";

/** How long to wait for `voiceschanged` before concluding the browser has no voices (Chrome on Linux often never fires it). */
const VOICE_WAIT_MS = 1500;

/** The browser's speech voices, which Chrome only lists some time after the page loads. */
export function useVoices(): { status: VoiceStatus; voices: SpeechSynthesisVoice[] } {
  const [state, setState] = useState<{ status: VoiceStatus; voices: SpeechSynthesisVoice[] }>({ status: "loading", voices: [] });
  useEffect(() => {
    const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- speech support is only known in the browser
      setState({ status: "unsupported", voices: [] });
      return;
    }
    const read = (final: boolean) => {
      const voices = synth.getVoices();
      if (voices.length > 0 || final) setState({ status: "ready", voices });
    };
    read(false);
    const onChange = () => read(true);
    synth.addEventListener?.("voiceschanged", onChange);
    const timer = setTimeout(() => read(true), VOICE_WAIT_MS);
    return () => {
      clearTimeout(timer);
      synth.removeEventListener?.("voiceschanged", onChange);
    };
  }, []);
  return state;
}
