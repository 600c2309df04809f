"use client";

import { useTranslations } from "next-intl";
import { voicesFor } from "../listening-settings";
import { RATES, REPEATS } from "../speech-player";
import { SPEECH_SIDES, type SpeechLang, type SpeechSide } from "../speech-text";
import type { Listening } from "../use-listening";

const SIDE_LABEL = { zh: "sideZh", en: "sideEn", "zh-en": "sideBoth" } as const;
const LANGS: SpeechLang[] = ["zh", "en"];

/** A labelled select of [value, label] options. */
function Choice({ label, value, options, onChange }: { label: string; value: string | number; options: ReadonlyArray<readonly [string | number, string]>; onChange: (value: string) => void }) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The read-along controls, kept at the bottom of the screen while the text scrolls. */
export function ListenBar({ listening }: { listening: Listening }) {
  const t = useTranslations("Listening");
  const { state, settings, update, voiceStatus, voices, canSpeak } = listening;
  const needed: SpeechLang[] = settings.side === "zh-en" ? ["zh", "en"] : [settings.side];
  const missing = voiceStatus === "ready" ? needed.filter((l) => !canSpeak[l]) : [];
  const playable = voiceStatus === "ready" && needed.some((l) => canSpeak[l]);
  const active = state.status !== "idle";

  return (
    <section className="listen-bar" aria-label={t("title")}>
      <div className="listen-controls">
        <button type="button" aria-label={t("previous")} title={t("previous")} disabled={!active} onClick={listening.previous}>
          ⏮
        </button>
        {state.status === "playing" ? (
          <button type="button" className="listen-main" onClick={listening.pause}>
            ⏸ {t("pause")}
          </button>
        ) : state.status === "paused" ? (
          <button type="button" className="listen-main" onClick={listening.resume}>
            ▶ {t("resume")}
          </button>
        ) : (
          <button type="button" className="listen-main" disabled={!playable} onClick={() => listening.readAlong(listening.focusedKey)}>
            ▶ {listening.focusedKey ? t("readFromFocused") : t("readFromStart")}
          </button>
        )}
        <button type="button" aria-label={t("next")} title={t("next")} disabled={!active} onClick={listening.next}>
          ⏭
        </button>
        <button type="button" aria-label={t("stop")} title={t("stop")} disabled={!active} onClick={listening.stop}>
          ⏹
        </button>
        <Choice label={t("speed")} value={settings.rate} options={RATES.map((r) => [r, `${r}×`])} onChange={(v) => update({ rate: Number(v) })} />
        <Choice label={t("side")} value={settings.side} options={SPEECH_SIDES.map((v) => [v, t(SIDE_LABEL[v])])} onChange={(v) => update({ side: v as SpeechSide })} />
        <Choice label={t("repeat")} value={settings.repeat} options={REPEATS.map((n) => [n, t("times", { count: n })])} onChange={(v) => update({ repeat: Number(v) })} />
        {LANGS.map((lang) => {
          const list = voicesFor(voices, lang);
          if (list.length === 0) return null;
          return (
            <label key={lang}>
              <span>{t(lang === "zh" ? "voiceZh" : "voiceEn")}</span>
              <select value={settings.voices[lang] ?? ""} onChange={(e) => update({ voices: { [lang]: e.target.value || undefined } })}>
                <option value="">{t("voiceAuto", { name: list[0].name })}</option>
                {list.map((v) => (
                  <option key={v.voiceURI} value={v.voiceURI}>
                    {v.name} ({v.lang})
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        <button type="button" className="listen-close" aria-label={t("close")} title={t("close")} onClick={() => (listening.stop(), listening.setOpen(false))}>
          ✕
        </button>
      </div>
      <div role="status" className="listen-status">
        {voiceStatus === "unsupported" ? (
          <p className="listen-warning">{t("unsupported")}</p>
        ) : missing.length > 0 ? (
          <div className="listen-warning">
            <p>{t(missing.length === 2 ? "noVoiceBoth" : missing[0] === "zh" ? "noVoiceZh" : "noVoiceEn")}</p>
            <p>{t("howToGetVoice")}</p>
          </div>
        ) : state.error ? (
          <p className="listen-warning">{t("failed", { error: state.error })}</p>
        ) : state.status === "waiting" ? (
          <p>{t("waiting")}</p>
        ) : state.key && settings.repeat > 1 ? (
          <p>{t("round", { round: state.round, repeat: settings.repeat })}</p>
        ) : null}
      </div>
    </section>
  );
}
