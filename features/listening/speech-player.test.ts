import { describe, expect, it } from "vitest";
import { SpeechPlayer, type PlayerState, type UtteranceLike, type VoiceLike } from "./speech-player";
import type { SpeechItem } from "./speech-text";

const ZH: VoiceLike = { voiceURI: "zh-voice", name: "Chinese", lang: "zh-CN" };
const EN: VoiceLike = { voiceURI: "en-voice", name: "English", lang: "en-US" };

function setup(items: SpeechItem[], opts: { more?: boolean; voices?: { zh: VoiceLike | null; en: VoiceLike | null } } = {}) {
  const spoken: UtteranceLike[] = [];
  const states: PlayerState[] = [];
  let cancels = 0;
  const list = [...items];
  let more = opts.more ?? false;
  const voices = opts.voices ?? { zh: ZH, en: EN };
  const player = new SpeechPlayer({
    synth: {
      speak: (u) => spoken.push(u),
      cancel: () => {
        cancels++;
        // The browser reports cancelled utterances as interrupted.
        spoken.at(-1)?.onerror?.({ error: "interrupted" });
      },
    },
    makeUtterance: (text) => ({ text, lang: "", rate: 1, voice: null, onend: null, onerror: null }),
    items: () => list,
    moreComing: () => more,
    voiceFor: (lang) => voices[lang],
    onChange: (s) => states.push(s),
  });
  const finish = () => spoken.at(-1)!.onend!({});
  return { player, spoken, states, finish, list, setMore: (m: boolean) => (more = m), cancels: () => cancels };
}

const items: SpeechItem[] = [
  { key: "0.0", pairIndex: 0, zh: "甲。", en: "A." },
  { key: "0.1", pairIndex: 0, zh: "乙。", en: "B." },
  { key: "1.0", pairIndex: 1, zh: "丙。", en: "C." },
];

describe("SpeechPlayer", () => {
  it("plays one sentence with the Chinese voice and stops", () => {
    const { player, spoken, finish } = setup(items);
    player.play("0.1", false);
    expect(spoken.map((u) => [u.text, u.lang, u.voice?.voiceURI])).toEqual([["乙。", "zh-CN", "zh-voice"]]);
    expect(player.state).toMatchObject({ status: "playing", key: "0.1", lang: "zh" });
    finish();
    expect(player.state.status).toBe("idle");
    expect(spoken).toHaveLength(1);
  });

  it("reads along across paragraphs, Chinese then English", () => {
    const { player, spoken, finish } = setup(items);
    player.side = "zh-en";
    player.play("0.1", true);
    for (let i = 0; i < 3; i++) finish();
    expect(spoken.map((u) => u.text)).toEqual(["乙。", "B.", "丙。", "C."]);
    expect(player.state).toMatchObject({ key: "1.0", lang: "en" });
    finish();
    expect(player.state.status).toBe("idle");
  });

  it("repeats a sentence N times before going on", () => {
    const { player, spoken, finish } = setup(items);
    player.setRepeat(3);
    player.play("0.0", true);
    expect(player.state.round).toBe(1);
    finish();
    expect(player.state.round).toBe(2);
    finish();
    finish();
    expect(spoken.map((u) => u.text)).toEqual(["甲。", "甲。", "甲。", "乙。"]);
  });

  it("changes speed at once, restarting the utterance, and ignores the cancelled one's events", () => {
    const { player, spoken, finish } = setup(items);
    player.play("0.0", true);
    const first = spoken[0];
    player.setRate(1.5);
    expect(spoken.map((u) => [u.text, u.rate])).toEqual([["甲。", 1], ["甲。", 1.5]]);
    first.onend!({}); // a late end of the cancelled utterance must not advance
    expect(spoken).toHaveLength(2);
    finish();
    expect(spoken.at(-1)).toMatchObject({ text: "乙。", rate: 1.5 });
  });

  it("pauses, resumes the interrupted utterance, and moves to the previous and next sentence", () => {
    const { player, spoken } = setup(items);
    player.play("0.1", true);
    player.pause();
    expect(player.state).toMatchObject({ status: "paused", key: "0.1" });
    player.resume();
    expect(spoken.map((u) => u.text)).toEqual(["乙。", "乙。"]);
    player.next();
    expect(player.state.key).toBe("1.0");
    player.previous();
    player.previous();
    player.previous();
    expect(player.state.key).toBe("0.0");
  });

  it("waits at the end of the loaded paragraphs for the next window", () => {
    const { player, finish, list, setMore, spoken } = setup(items.slice(0, 1), { more: true });
    player.play("0.0", true);
    finish();
    expect(player.state.status).toBe("waiting");
    list.push(items[1]);
    setMore(false);
    player.itemsChanged();
    expect(player.state).toMatchObject({ status: "playing", key: "0.1" });
    expect(spoken.at(-1)!.text).toBe("乙。");
  });

  it("reports a real synthesis error instead of failing silently", () => {
    const { player, spoken } = setup(items);
    player.play("0.0", true);
    spoken[0].onerror!({ error: "synthesis-failed" });
    expect(player.state).toMatchObject({ status: "idle", error: "synthesis-failed" });
  });

  it("skips a side that has no voice", () => {
    const { player, spoken } = setup(items, { voices: { zh: null, en: EN } });
    player.side = "zh-en";
    player.play("0.0", false);
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([["A.", "en-US"]]);
  });
});
