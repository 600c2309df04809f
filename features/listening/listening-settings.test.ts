import { describe, expect, it } from "vitest";
import { DEFAULT_LISTENING, parseListening, pickVoice, voicesFor } from "./listening-settings";

const v = (voiceURI: string, lang: string) => ({ voiceURI, name: voiceURI, lang });
const VOICES = [v("tw", "zh-TW"), v("gb", "en-GB"), v("cn", "zh_CN"), v("us", "en-US"), v("fr", "fr-FR")];

describe("listening settings", () => {
  it("parses what it stored and falls back field by field", () => {
    expect(parseListening(JSON.stringify({ rate: 0.75, side: "zh-en", repeat: 3, voices: { zh: "cn" } }))).toEqual({ rate: 0.75, side: "zh-en", repeat: 3, voices: { zh: "cn" } });
    expect(parseListening(JSON.stringify({ rate: 9, side: "fr", repeat: 0, voices: { zh: 5 } }))).toEqual(DEFAULT_LISTENING);
    expect(parseListening("{not json")).toEqual(DEFAULT_LISTENING);
  });

  it("ranks voices by language, mainland Mandarin and American English first", () => {
    expect(voicesFor(VOICES, "zh").map((x) => x.voiceURI)).toEqual(["cn", "tw"]);
    expect(voicesFor(VOICES, "en").map((x) => x.voiceURI)).toEqual(["us", "gb"]);
  });

  it("keeps the chosen voice while it is installed", () => {
    expect(pickVoice(VOICES, "zh", "tw")?.voiceURI).toBe("tw");
    expect(pickVoice(VOICES, "zh", "gone")?.voiceURI).toBe("cn");
    expect(pickVoice(VOICES, "en", "tw")?.voiceURI).toBe("us");
    expect(pickVoice([v("fr", "fr-FR")], "zh", undefined)).toBeNull();
  });
});
