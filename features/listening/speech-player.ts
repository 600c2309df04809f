// Reads sentence pairs aloud through the Web Speech API, one utterance at a
// time. Framework-free: the synthesizer and the utterance factory are passed
// in, so tests drive it with a fake and the reader with the browser's.
import { utterancesFor, type SpeechItem, type SpeechLang, type SpeechSide } from "./speech-text";

export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((ev: unknown) => void) | null;
  onerror: ((ev: { error?: string }) => void) | null;
}

export interface SynthLike {
  speak(u: UtteranceLike): void;
  cancel(): void;
}

export type PlayerStatus = "idle" | "playing" | "paused" | "waiting";

export interface PlayerState {
  status: PlayerStatus;
  /** Key of the sentence pair being read (or paused on); null when idle. */
  key: string | null;
  lang: SpeechLang | null;
  /** Which reading of the sentence this is, from 1 to `repeat`. */
  round: number;
  error: string | null;
}

export interface PlayerOptions {
  synth: SynthLike;
  makeUtterance: (text: string) => UtteranceLike;
  /** The sentences in reading order; read on every step, so paragraphs loaded later are found. */
  items: () => readonly SpeechItem[];
  /** True while more paragraphs of the text are still being fetched. */
  moreComing: () => boolean;
  voiceFor: (lang: SpeechLang) => VoiceLike | null;
  onChange: (state: PlayerState) => void;
}

export const RATES = [0.5, 0.75, 1, 1.25, 1.5] as const;
export const REPEATS = [1, 2, 3, 5, 10] as const;
const DEFAULT_LANG: Record<SpeechLang, string> = { zh: "zh-CN", en: "en-US" };
// Errors the player causes itself when it cancels speech to pause, skip or change speed.
const SELF_INFLICTED = new Set(["interrupted", "canceled"]);

export class SpeechPlayer {
  rate = 1;
  side: SpeechSide = "zh";
  repeat = 1;
  private index = -1;
  private continuous = false;
  private round = 0;
  private chunks: Array<{ lang: SpeechLang; text: string }> = [];
  private chunk = 0;
  private status: PlayerStatus = "idle";
  private error: string | null = null;
  /** Bumped whenever speech is cancelled, so late events of old utterances are ignored. */
  private generation = 0;
  // Chrome drops an utterance's events once nothing references it.
  private current: UtteranceLike | null = null;

  constructor(private readonly o: PlayerOptions) {}

  get state(): PlayerState {
    const item = this.o.items()[this.index];
    return {
      status: this.status,
      key: this.status === "idle" ? null : (item?.key ?? null),
      lang: this.status === "playing" ? (this.chunks[this.chunk]?.lang ?? null) : null,
      round: this.round + 1,
      error: this.error,
    };
  }

  /** Reads the sentence pair `key`; with `continuous`, goes on with the following ones. */
  play(key: string, continuous: boolean): void {
    const index = this.o.items().findIndex((i) => i.key === key);
    if (index < 0) return;
    this.continuous = continuous;
    this.startItem(index);
  }

  pause(): void {
    if (this.status !== "playing") return;
    this.silence();
    this.status = "paused";
    this.emit();
  }

  /** Goes on from the start of the utterance that was interrupted. */
  resume(): void {
    if (this.status !== "paused") return;
    this.status = "playing";
    this.speakChunk();
  }

  next(): void {
    this.step(1);
  }

  previous(): void {
    this.step(-1);
  }

  stop(): void {
    this.silence();
    this.status = "idle";
    this.emit();
  }

  setRate(rate: number): void {
    this.rate = rate;
    this.restartChunk();
  }

  setSide(side: SpeechSide): void {
    this.side = side;
    if (this.status === "playing" || this.status === "paused") {
      this.chunks = this.buildChunks(this.o.items()[this.index]);
      this.chunk = 0;
      this.restartChunk();
    }
  }

  setRepeat(repeat: number): void {
    this.repeat = Math.max(1, Math.floor(repeat));
  }

  /** Paragraphs arrived: a read-along that was waiting for them goes on. */
  itemsChanged(): void {
    if (this.status !== "waiting") return;
    const items = this.o.items();
    if (this.index + 1 < items.length) this.startItem(this.index + 1);
    else if (!this.o.moreComing()) this.stop();
  }

  private step(delta: number): void {
    const items = this.o.items();
    if (this.index < 0 || items.length === 0) return;
    const target = Math.max(0, Math.min(items.length - 1, this.index + delta));
    this.startItem(target);
  }

  private restartChunk(): void {
    if (this.status !== "playing") return;
    this.silence();
    this.speakChunk();
  }

  private buildChunks(item: SpeechItem | undefined) {
    return item ? utterancesFor(item, this.side, (lang) => this.o.voiceFor(lang) !== null) : [];
  }

  private startItem(index: number): void {
    this.silence();
    this.index = index;
    this.round = 0;
    this.chunks = this.buildChunks(this.o.items()[index]);
    this.chunk = 0;
    this.status = "playing";
    this.error = null;
    if (this.chunks.length === 0) this.finishItem();
    else this.speakChunk();
  }

  private speakChunk(): void {
    const part = this.chunks[this.chunk];
    if (!part) return this.finishItem();
    const generation = ++this.generation;
    const voice = this.o.voiceFor(part.lang);
    const u = this.o.makeUtterance(part.text);
    u.lang = voice?.lang ?? DEFAULT_LANG[part.lang];
    u.voice = voice;
    u.rate = this.rate;
    u.onend = () => {
      if (generation !== this.generation) return;
      this.chunk++;
      if (this.chunk < this.chunks.length) this.speakChunk();
      else this.finishItem();
    };
    u.onerror = (ev) => {
      if (generation !== this.generation || SELF_INFLICTED.has(ev.error ?? "")) return;
      this.current = null;
      this.status = "idle";
      this.error = ev.error ?? "error";
      this.emit();
    };
    this.current = u;
    this.o.synth.speak(u);
    this.emit();
  }

  private finishItem(): void {
    this.round++;
    if (this.round < this.repeat && this.chunks.length > 0) {
      this.chunk = 0;
      return this.speakChunk();
    }
    if (!this.continuous) return this.stop();
    const items = this.o.items();
    if (this.index + 1 < items.length) return this.startItem(this.index + 1);
    if (this.o.moreComing()) {
      this.status = "waiting";
      return this.emit();
    }
    this.stop();
  }

  /** Cancels speech and invalidates the events still to come from it. */
  private silence(): void {
    this.generation++;
    if (this.current) {
      this.current = null;
      this.o.synth.cancel();
    }
  }

  private emit(): void {
    this.o.onChange(this.state);
  }
}
