"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/action-result";
import { deleteWord, saveWord, setWordCard, updateWord } from "./actions";
import { VOCABULARY_KEY, type SaveWordInput, type VocabularyItemDTO } from "./vocabulary-types";

async function fetchVocabulary(): Promise<VocabularyItemDTO[]> {
  const res = await fetch("/api/vocabulary", { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`vocabulary: HTTP ${res.status}`);
  return (await res.json()) as VocabularyItemDTO[];
}

export function useVocabulary(enabled = true) {
  return useQuery({ queryKey: VOCABULARY_KEY, queryFn: fetchVocabulary, enabled, staleTime: 30_000 });
}

/** An action's failure as a thrown Error carrying its localized message. */
async function unwrap<T>(p: Promise<ActionResult<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

type Snapshot = { previous?: VocabularyItemDTO[] };

/** Edit, mark known and delete, shown at once and rolled back when the server says no. */
export function useVocabularyMutations(onError: (message: string) => void) {
  const qc = useQueryClient();
  const optimistic = (change: (items: VocabularyItemDTO[]) => VocabularyItemDTO[]) => async (): Promise<Snapshot> => {
    await qc.cancelQueries({ queryKey: VOCABULARY_KEY });
    const previous = qc.getQueryData<VocabularyItemDTO[]>(VOCABULARY_KEY);
    if (previous) qc.setQueryData(VOCABULARY_KEY, change(previous));
    return { previous };
  };
  const rollback = (e: Error, _v: unknown, ctx?: Snapshot) => {
    if (ctx?.previous) qc.setQueryData(VOCABULARY_KEY, ctx.previous);
    onError(e.message);
  };
  const settle = () => qc.invalidateQueries({ queryKey: VOCABULARY_KEY });

  const update = useMutation({
    mutationFn: (v: { id: string; definition?: string; note?: string; status?: "learning" | "known" }) => unwrap(updateWord(v)),
    onMutate: (v) => optimistic((items) => items.map((i) => (i.id === v.id ? { ...i, ...v } : i)))(),
    onError: rollback,
    onSettled: settle,
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(deleteWord({ id })),
    onMutate: (id) => optimistic((items) => items.filter((i) => i.id !== id))(),
    onError: rollback,
    onSettled: settle,
  });
  const card = useMutation({
    mutationFn: (v: { id: string; kind: "recognition" | "recall" | "cloze"; enabled: boolean }) => unwrap(setWordCard(v)),
    onMutate: (v) => optimistic((items) => items.map((i) => (i.id === v.id ? { ...i, cards: { ...i.cards, [v.kind]: v.enabled } } : i)))(),
    onError: rollback,
    onSettled: settle,
  });
  return { update, remove, card };
}


/** Save from the lookup popup; the saved word joins the cached list right away. */
export function useSaveWord() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: SaveWordInput) => unwrap(saveWord(v)),
    onSuccess: (item) => {
      const items = qc.getQueryData<VocabularyItemDTO[]>(VOCABULARY_KEY);
      if (items) qc.setQueryData(VOCABULARY_KEY, [item, ...items.filter((i) => i.id !== item.id)]);
      else void qc.invalidateQueries({ queryKey: VOCABULARY_KEY });
    },
  });
}
