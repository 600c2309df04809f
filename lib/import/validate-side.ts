// Checks one side of an import before any work is done on it, so a user
// gets one clear reason instead of a confusing alignment of garbage.

export const MAX_SIDE_BYTES = 2 * 1024 * 1024;

export type SideProblem = "EMPTY" | "TOO_LARGE" | "BINARY" | "NO_CHINESE";

const HAN = /\p{Script=Han}/gu;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * `text` is already decoded. A NUL, a run of C0 control characters or the
 * U+FFFD replacement character means the file was binary or not UTF-8: a
 * lenient decoder turns invalid bytes into U+FFFD.
 */
export function checkSide(text: string, lang: "zh" | "en"): SideProblem | null {
  if (text.trim().length === 0) return "EMPTY";
  if (utf8Bytes(text) > MAX_SIDE_BYTES) return "TOO_LARGE";
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (text.includes("\u0000") || text.includes("\ufffd") || controls > text.length / 1000 + 2) return "BINARY";
  if (lang === "zh") {
    // A few Han characters in an English text (a name, a term) do not make it Chinese.
    const han = text.match(HAN)?.length ?? 0;
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (han < 2 || han < letters * 0.2) return "NO_CHINESE";
  }
  return null;
}

/** Decodes an uploaded file strictly: invalid UTF-8 is an error, not silently replaced. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}
