"use client";

import { useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReaderParagraph } from "@/features/reader/queries";
import type { ParagraphWindow } from "@/features/reader/paragraph-window";
import { unwrapAction, type ActionFailure } from "@/lib/unwrap-action";
import { applySentenceFix, type SentenceFix } from "@/lib/sentence-fix/sentence-fix";
import { pairingFromSpans, spansFromPairing } from "@/lib/sentence-fix/stored-pairing";
import { fixSentencePairs, type FixedPairs } from "./actions";

type Pages = InfiniteData<ParagraphWindow, number>;
type Spans = Pick<ReaderParagraph, "zhSentences" | "enSentences">;

/** The reader's cached paragraphs with one paragraph's spans replaced (the query key is useReaderParagraphs'). */
function withSpans(data: Pages | undefined, paragraphId: string, spans: Spans): Pages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.paragraphs.some((p) => p.id === paragraphId)
        ? { ...page, paragraphs: page.paragraphs.map((p) => (p.id === paragraphId ? { ...p, ...spans } : p)) }
        : page,
    ),
  };
}

/**
 * One fix on a saved text: shown at once (the same rule applied to the
 * reader's cached spans), then stored; a refusal puts the old pairs back and
 * says why. Highlights need no update: their offsets do not move.
 */
export function useSavedSentenceFix(textId: string, textSlug: string, onError: (message: string) => void) {
  const t = useTranslations("SentenceFix");
  const client = useQueryClient();
  const key = ["reader-paragraphs", textId];
  return useMutation<FixedPairs, ActionFailure, { paragraph: ReaderParagraph; fix: SentenceFix }, { before: Spans }>({
    mutationFn: ({ paragraph, fix }) =>
      unwrapAction(fixSentencePairs({ textSlug, paragraphId: paragraph.id, beads: pairingFromSpans(paragraph).beads, fix }), t("errors.generic")),
    onMutate: async ({ paragraph, fix }) => {
      await client.cancelQueries({ queryKey: key });
      const before = { zhSentences: paragraph.zhSentences, enSentences: paragraph.enSentences };
      const outcome = applySentenceFix(pairingFromSpans(paragraph), fix);
      if (outcome.ok) client.setQueryData<Pages>(key, (d) => withSpans(d, paragraph.id, spansFromPairing(paragraph, outcome.pairing)));
      return { before };
    },
    onSuccess: (saved) => client.setQueryData<Pages>(key, (d) => withSpans(d, saved.paragraphId, saved)),
    onError: (err, { paragraph }, context) => {
      if (context) client.setQueryData<Pages>(key, (d) => withSpans(d, paragraph.id, context.before));
      onError(err.message);
    },
  });
}
