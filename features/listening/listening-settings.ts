// Listening preferences live on the device, like the reading settings: the
// voices installed differ from one device to the next.
import { RATES, REPEATS, type VoiceLike } from "./speech-player";
import { SPEECH_SIDES, type SpeechLang, type SpeechSide } from "./speech-text";

export interface ListeningSettings {
  rate: number;
  side: SpeechSide;
  repeat: number;
  /** voiceURI chosen per language; absent means the best match. */
  voices: Partial<Record<SpeechLang, string>>;
}

export const LISTENING_KEY = "listening:v1";
export const DEFAULT_LISTENING: ListeningSettings = { rate: 1, side: "zh", repeat: 1, voices: {} };

export function parseListening(raw: string | null | undefined): ListeningSettings {
  if (!raw) return DEFAULT_LISTENING;
  try {
    const v = JSON.parse(raw) as Partial<ListeningSettings>;
    const voices: ListeningSettings["voices"] = {};
    for (const lang of ["zh", "en"] as const) {
      const uri = v.voices?.[lang];
      if (typeof uri === "string" && uri.length <= 500) voices[lang] = uri;
    }
    return {
      rate: (RATES as readonly number[]).includes(Number(v.rate)) ? Number(v.rate) : DEFAULT_LISTENING.rate,
      side: SPEECH_SIDES.includes(v.side as SpeechSide) ? (v.side as SpeechSide) : DEFAULT_LISTENING.side,
      repeat: (REPEATS as readonly number[]).includes(Number(v.repeat)) ? Number(v.repeat) : DEFAULT_LISTENING.repeat,
      voices,
    };
  } catch {
    return DEFAULT_LISTENING;
  }
}

const normal = (lang: string) => lang.replace(/_/g, "-").toLowerCase();

/** Voices that can read `lang`, best first: mainland Mandarin for Chinese, then any Chinese; American, then any English. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: SpeechLang): V[] {
  const rank = (v: V) => {
    const l = normal(v.lang);
    if (lang === "zh") return l === "zh-cn" || l.startsWith("zh-hans") || l.startsWith("cmn") ? 0 : l.startsWith("zh") ? 1 : -1;
    return l === "en-us" ? 0 : l.startsWith("en") ? 1 : -1;
  };
  return voices
    .map((v) => ({ v, r: rank(v) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.v);
}

/** The voice to read `lang` with: the one the user picked when it is still installed, else the best match. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: SpeechLang, chosen: string | undefined): V | null {
  const candidates = voicesFor(voices, lang);
  return candidates.find((v) => v.voiceURI === chosen) ?? candidates[0] ?? null;
}
