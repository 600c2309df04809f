// DOM helpers for word lookup: a sentence's plain text (pinyin <rt>/<rp>
// skipped, as in features/annotations/dom-offsets.ts), the character under a
// point, and DOM ranges for plain-text offsets.
import { textOffset } from "@/features/annotations/dom-offsets";

const SKIP = "rt, rp";

function countedNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (!n.parentElement?.closest(SKIP)) out.push(n);
  return out;
}

export function plainText(el: Element): string {
  return countedNodes(el).map((n) => n.data).join("");
}

/** A DOM range over [start, end) of `el`'s plain text. */
export function rangeAt(el: Element, start: number, end: number): Range | null {
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (const n of countedNodes(el)) {
    const next = at + n.length;
    if (!started && start < next) {
      range.setStart(n, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(n, end - at);
      return range;
    }
    at = next;
  }
  return null;
}

export interface PointHit {
  sentence: HTMLElement;
  /** Offset of the character under the point in the sentence's plain text. */
  offset: number;
}

/** The sentence and character under a viewport point, or null off the text (pinyin, gaps, margins). */
export function charAtPoint(x: number, y: number): PointHit | null {
  let node: Node | null = null;
  let offset = 0;
  if (document.caretPositionFromPoint) {
    const pos = document.caretPositionFromPoint(x, y);
    if (pos) [node, offset] = [pos.offsetNode, pos.offset];
  } else {
    const r = document.caretRangeFromPoint?.(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node || node.nodeType !== Node.TEXT_NODE || node.parentElement?.closest(SKIP)) return null;
  const sentence = node.parentElement?.closest<HTMLElement>(".sentence");
  if (!sentence) return null;
  const text = node as Text;
  // The caret is the boundary nearest the point: the character is on its left or its right.
  for (const k of [offset, offset - 1]) {
    if (k < 0 || k >= text.length) continue;
    const r = document.createRange();
    r.setStart(text, k);
    r.setEnd(text, k + 1);
    const b = r.getBoundingClientRect();
    if (x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1) return { sentence, offset: textOffset(sentence, text, k) };
  }
  return null;
}

/** The aligned sentence(s) on the other side of a sentence's pair. */
export function counterpartOf(root: Element, sentence: HTMLElement): HTMLElement[] {
  const side = sentence.closest<HTMLElement>("[data-side]")?.dataset.side;
  const key = sentence.dataset.sentence;
  if (!side || !key) return [];
  const other = side === "zh" ? "en" : "zh";
  return Array.from(root.querySelectorAll<HTMLElement>(`[data-side="${other}"] .sentence[data-sentence="${key}"]`));
}

function sentenceKey(el: HTMLElement): string {
  return `${el.closest<HTMLElement>("[data-side]")?.dataset.side}|${el.dataset.sentence}|${el.dataset.start}`;
}

export function sameSentence(a: HTMLElement, b: HTMLElement): boolean {
  return a === b || sentenceKey(a) === sentenceKey(b);
}

/**
 * The sentence element as it is now: a paragraph's HTML is replaced when its
 * highlights or pinyin change, which detaches the element a lookup started on.
 */
export function liveSentence(root: Element, el: HTMLElement): HTMLElement | null {
  if (el.isConnected) return el;
  const side = el.closest<HTMLElement>("[data-side]")?.dataset.side ?? el.dataset.side;
  for (const s of root.querySelectorAll<HTMLElement>(`.sentence[data-sentence="${el.dataset.sentence}"][data-start="${el.dataset.start}"]`)) {
    if (!side || s.closest<HTMLElement>("[data-side]")?.dataset.side === side) return s;
  }
  return null;
}
