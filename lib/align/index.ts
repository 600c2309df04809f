export type { AlignOptions, Alignment, Bead } from "./types";
export { alignSentences, alignParagraphs } from "./align";
export { alignDocument, type DocumentAlignment, type ParagraphPair, type SentenceRef } from "./align-document";
export { galeChurch } from "./gale-church";
export { formatBead, formatBeads, parseBeads } from "./beads-format";
