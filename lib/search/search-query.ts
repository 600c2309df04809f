// Turns what the user typed into a search plan for the SearchFts index
// (FTS5, trigram tokenizer; see the migration 20261128020000_review for why).
//
// The trigram tokenizer indexes every 3-character window, so a term of 3+
// characters becomes an FTS phrase (a substring match in Chinese and English
// alike). A term of 1–2 characters (卡, 算力, "AI") has no trigram to look up:
// it becomes a LIKE pattern instead, checked against the user's own SearchDoc
// rows. Every term must match (AND), in any of the indexed columns.

export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 8;
/** Shorter terms cannot use the trigram index. */
export const TRIGRAM = 3;

export interface SearchPlan {
  /** An FTS5 MATCH expression, or null when no term is long enough. */
  match: string | null;
  /** LIKE patterns (with `\` as the escape character), one per short term. */
  likes: string[];
}

// Whitespace and the punctuation people type between words in either language.
const SEPARATORS = /[\s,.;:!?，。、；：！？·…“”‘’"「」『』（）()【】[\]《》<>]+/u;

/** The search terms, in order, without duplicates; each at most MAX_QUERY_CHARS long. */
export function tokenizeQuery(raw: string): string[] {
  const terms = raw
    .normalize("NFKC")
    .slice(0, MAX_QUERY_CHARS)
    .split(SEPARATORS)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Length in characters (code points), so an astral ideograph counts once, as the tokenizer counts it. */
export const charLength = (s: string): number => [...s].length;

const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;
export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function planSearch(raw: string): SearchPlan | null {
  const terms = tokenizeQuery(raw);
  if (terms.length === 0) return null;
  const long = terms.filter((t) => charLength(t) >= TRIGRAM);
  const short = terms.filter((t) => charLength(t) < TRIGRAM);
  return {
    match: long.length > 0 ? long.map(ftsPhrase).join(" AND ") : null,
    likes: short.map(likePattern),
  };
}
