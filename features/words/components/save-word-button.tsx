"use client";

import { useTranslations } from "next-intl";
import type { ZhLookup } from "@/lib/words/lookup";
import { useSaveWord } from "@/features/vocabulary/use-vocabulary";

/** "Save word": the word, its reading here and first senses, at its place in the paragraph. */
export function SaveWordButton({ lookup, sentence }: { lookup: ZhLookup; sentence: HTMLElement }) {
  const t = useTranslations("Vocabulary");
  const save = useSaveWord();
  const block = sentence.closest<HTMLElement>("[data-paragraph-id]");
  const paragraphId = block?.dataset.paragraphId;
  const base = Number(sentence.dataset.start ?? 0);
  if (!paragraphId) return null;
  const key = `${paragraphId}:${base + lookup.start}:${lookup.word}`;
  const saved = save.isSuccess && save.variables && `${save.variables.paragraphId}:${save.variables.start}:${save.variables.headword}` === key;
  const reading = lookup.entry?.readings[0];
  return (
    <p className="word-save">
      <button
        type="button"
        disabled={save.isPending || !!saved}
        onClick={() =>
          save.mutate({
            paragraphId,
            start: base + lookup.start,
            end: base + lookup.end,
            headword: lookup.word,
            pinyin: lookup.reading ?? reading?.pinyin ?? "",
            definition: (reading?.definitions ?? lookup.characters.map((c) => `${c.char} ${c.definition ?? ""}`)).slice(0, 4).join("; "),
          })
        }
      >
        {saved ? t("saved") : t("saveWord")}
      </button>
      {save.isError ? (
        <span role="alert" className="form-error">
          {save.error.message}
        </span>
      ) : null}
    </p>
  );
}
