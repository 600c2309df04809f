// Maps DOM selections to paragraph offsets. The rendered block of a side
// contains exactly the paragraph text, except pinyin annotations (<rt>, <rp>)
// which are skipped, so offsets always index the stored plain text.

const SKIP = "rt, rp";

function isCounted(node: Text): boolean {
  return !node.parentElement?.closest(SKIP);
}

/** UTF-16 offset of the boundary point (container, offset) inside `root`'s plain text. */
export function textOffset(root: Element, container: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(container, offset);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node) || !isCounted(node)) continue;
    if (node === range.endContainer) {
      n += range.endOffset;
      break;
    }
    n += node.length;
  }
  return n;
}

export interface SelectedPart {
  paragraphId: string;
  pairIndex: number;
  lang: "zh" | "en";
  start: number;
  end: number;
}

/**
 * Cuts a DOM range into one part per paragraph, in the language where the
 * selection started (a selection that wanders into the other language keeps
 * only its starting side). Edges are trimmed of whitespace.
 */
export function rangeToParts(range: Range, root: Element, textOf: (paragraphId: string, lang: "zh" | "en") => string | undefined): SelectedPart[] {
  const startEl = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const blocks = Array.from(root.querySelectorAll<HTMLElement>("[data-offset-root]")).filter((b) => range.intersectsNode(b));
  if (blocks.length === 0) return [];
  const first = startEl?.closest<HTMLElement>("[data-offset-root]") ?? blocks[0];
  const lang = first.dataset.side === "en" ? "en" : "zh";
  const parts: SelectedPart[] = [];
  for (const block of blocks) {
    if (block.dataset.side !== lang) continue;
    const paragraphId = block.dataset.paragraphId!;
    const text = textOf(paragraphId, lang);
    if (text === undefined) continue;
    let start = block.contains(range.startContainer) ? textOffset(block, range.startContainer, range.startOffset) : 0;
    let end = block.contains(range.endContainer) ? textOffset(block, range.endContainer, range.endOffset) : text.length;
    start = Math.max(0, Math.min(start, text.length));
    end = Math.max(start, Math.min(end, text.length));
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) parts.push({ paragraphId, pairIndex: Number(block.dataset.pairIndex), lang, start, end });
  }
  return parts;
}
