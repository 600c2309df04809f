// Unicode bidi controls in user text (tags, titles) can reorder what is shown:
// U+202E makes the tag "\u202Egnp.exe" read "exe.png". Isolating the string
// (<bdi>) keeps it from reordering the text around it, but not itself, so the
// controls are also shown as visible marks, e.g. "[U+202E]gnp.exe".

// LRM, RLM, ALM, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}
