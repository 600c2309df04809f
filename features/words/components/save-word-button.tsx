"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ZhLookup } from "@/lib/words/lookup";
import { savedWordState } from "@/features/vocabulary/saved-word-state";
import { useSaveWord, useVocabulary } from "@/features/vocabulary/use-vocabulary";

/**
 * "Save word": the word, its reading here and first senses, at its place in
 * the paragraph. A word already saved says so, with its number of contexts
 * and a link to it; saving it from a new place adds that place as a context.
 * `busy` while the popup is about to change word (a resize still on its way),
 * so a click saves only a word the popup has shown.
 */
export function SaveWordButton({ lookup, sentence, busy }: { lookup: ZhLookup; sentence: HTMLElement; busy: boolean }) {
  const t = useTranslations("Vocabulary");
  const tw = useTranslations("WordsSaved");
  const save = useSaveWord();
  const { data: items } = useVocabulary();
  const block = sentence.closest<HTMLElement>("[data-paragraph-id]");
  const paragraphId = block?.dataset.paragraphId;
  const base = Number(sentence.dataset.start ?? 0);
  if (!paragraphId) return null;
  const start = base + lookup.start;
  const state = savedWordState(items, lookup.word, { paragraphId, start });
  const justSaved = save.isSuccess && save.variables?.paragraphId === paragraphId && save.variables.start === start && save.variables.headword === lookup.word;
  const savedHere = justSaved || !!state?.savedHere;
  const reading = lookup.entry?.readings[0];
  const input = {
    paragraphId,
    start,
    end: base + lookup.end,
    headword: lookup.word,
    pinyin: lookup.reading ?? reading?.pinyin ?? "",
    definition: (reading?.definitions ?? lookup.characters.map((c) => `${c.char} ${c.definition ?? ""}`)).slice(0, 4).join("; "),
  };
  return (
    <p className="word-save">
      {state ? (
        <Link href={{ pathname: "/vocabulary", query: { q: lookup.word } }} className="word-saved-link">
          {tw("savedContexts", { count: state.item.contexts.length })}
        </Link>
      ) : null}
      {!savedHere ? (
        // The input is built in this render, from the word this render shows.
        <button type="button" disabled={busy || save.isPending} onClick={() => save.mutate(input)}>
          {state ? tw("addContext") : t("saveWord")}
        </button>
      ) : !state ? (
        <button type="button" disabled>
          {t("saved")}
        </button>
      ) : null}
      {save.isError ? (
        <span role="alert" className="form-error">
          {save.error.message}
        </span>
      ) : null}
    </p>
  );
}
