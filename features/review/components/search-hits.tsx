import { Fragment } from "react";

/** The words of a search query, longest first so a longer term wins where two overlap. */
export function searchTerms(q: string | undefined): string[] {
  return [...new Set((q ?? "").trim().toLowerCase().split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** Cuts `text` into runs that match one of `terms` (case-insensitively) and runs that do not. */
export function splitByTerms(text: string, terms: readonly string[]): Array<{ text: string; hit: boolean }> {
  if (terms.length === 0 || !text) return [{ text, hit: false }];
  const lower = text.toLowerCase();
  const out: Array<{ text: string; hit: boolean }> = [];
  let plain = 0;
  let i = 0;
  while (i < text.length) {
    const term = terms.find((t) => lower.startsWith(t, i));
    if (!term) {
      i++;
      continue;
    }
    if (i > plain) out.push({ text: text.slice(plain, i), hit: false });
    out.push({ text: text.slice(i, i + term.length), hit: true });
    i += term.length;
    plain = i;
  }
  if (plain < text.length) out.push({ text: text.slice(plain), hit: false });
  return out;
}

/** `text` with the search terms marked, so a result shows why it matched. */
export function SearchHits({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {splitByTerms(text, terms).map((run, i) =>
        run.hit ? (
          <mark key={i} className="search-hit">
            {run.text}
          </mark>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}
