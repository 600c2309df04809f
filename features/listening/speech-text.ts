// What the reader speaks, as plain data: the sentences in reading order and
// each one cut into utterances short enough to be read to the end.
import type { SentenceSpan } from "@/lib/reader/segments";

export type SpeechLang = "zh" | "en";

/** One aligned sentence pair, keyed like the reader's data-sentence ("<paragraph>.<pair>"). */
export interface SpeechItem {
  key: string;
  pairIndex: number;
  zh: string | null;
  en: string | null;
  /** Study mode has this pair's English covered: reading it aloud would give the answer away. */
  enCovered?: boolean;
}

export interface SpeechParagraph {
  zh: string;
  en: string;
  zhSentences: readonly SentenceSpan[];
  enSentences: readonly SentenceSpan[];
}

function pairTexts(text: string, spans: readonly SentenceSpan[]): Map<number, string> {
  const bounds = new Map<number, { start: number; end: number }>();
  for (const s of spans) {
    const b = bounds.get(s.pair);
    if (b) bounds.set(s.pair, { start: Math.min(b.start, s.start), end: Math.max(b.end, s.end) });
    else bounds.set(s.pair, { start: s.start, end: s.end });
  }
  const out = new Map<number, string>();
  for (const [pair, b] of bounds) {
    const slice = text.slice(b.start, b.end).trim();
    if (slice) out.set(pair, slice);
  }
  return out;
}

/** Every sentence pair of the loaded paragraphs, in reading order. */
export function readingOrder(paragraphs: readonly SpeechParagraph[]): SpeechItem[] {
  const items: SpeechItem[] = [];
  paragraphs.forEach((p, pairIndex) => {
    const zh = pairTexts(p.zh, p.zhSentences);
    const en = pairTexts(p.en, p.enSentences);
    const pairs = [...new Set([...zh.keys(), ...en.keys()])].sort((a, b) => a - b);
    for (const pair of pairs) items.push({ key: `${pairIndex}.${pair}`, pairIndex, zh: zh.get(pair) ?? null, en: en.get(pair) ?? null });
  });
  return items;
}

/**
 * Longest utterance, in characters. Chrome's online voices stop after about
 * 15 seconds; at the slowest speed (0.5×) a Chinese voice reads about two
 * characters a second and an English one about seven.
 */
export const MAX_UTTERANCE: Record<SpeechLang, number> = { zh: 28, en: 110 };

const CLAUSE_END: Record<SpeechLang, RegExp> = {
  zh: /[，、；：,;:—]/,
  en: /[,;:—]/,
};

/** Cuts a run that has no comma at the last space (English) or hard (Chinese) so no piece exceeds `max`. */
function hardSplit(text: string, lang: SpeechLang, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = lang === "en" ? rest.lastIndexOf(" ", max) : -1;
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Splits a sentence into utterances at commas (and similar clause marks),
 * packing clauses together up to `max` characters, so a long sentence is read
 * to the end with natural pauses. Short sentences stay one utterance.
 */
export function splitForSpeech(text: string, lang: SpeechLang, max = MAX_UTTERANCE[lang]): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed ? [trimmed] : [];
  const clauses: string[] = [];
  let from = 0;
  for (let i = 0; i < trimmed.length; i++) {
    if (CLAUSE_END[lang].test(trimmed[i])) {
      clauses.push(trimmed.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < trimmed.length) clauses.push(trimmed.slice(from));
  const out: string[] = [];
  let current = "";
  for (const raw of clauses) {
    const clause = raw.trim();
    if (!clause) continue;
    const joined = current ? (lang === "en" ? `${current} ${clause}` : current + clause) : clause;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current) out.push(current);
    if (clause.length <= max) current = clause;
    else {
      const pieces = hardSplit(clause, lang, max);
      current = pieces.pop() ?? "";
      out.push(...pieces);
    }
  }
  if (current) out.push(current);
  return out;
}

export type SpeechSide = "zh" | "en" | "zh-en";
export const SPEECH_SIDES: readonly SpeechSide[] = ["zh", "en", "zh-en"];

/**
 * The utterances for one sentence pair, on the chosen side(s), leaving out
 * languages without a voice. "Chinese then English" leaves out English that
 * study mode keeps covered; "English" alone still reads it, since choosing it
 * is asking to hear the English (a listening drill).
 */
export function utterancesFor(item: SpeechItem, side: SpeechSide, canSpeak: (lang: SpeechLang) => boolean): Array<{ lang: SpeechLang; text: string }> {
  const langs: SpeechLang[] = side === "zh-en" ? (item.enCovered ? ["zh"] : ["zh", "en"]) : [side];
  return langs.flatMap((lang) => {
    const text = item[lang];
    return text && canSpeak(lang) ? splitForSpeech(text, lang).map((t) => ({ lang, text: t })) : [];
  });
}
