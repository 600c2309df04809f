"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import {
  createHighlights,
  deleteHighlight,
  deleteNote,
  recolorHighlight,
  restoreHighlight,
  saveNote,
  setTags,
} from "./actions";
import { annotationsKey, annotationsQueryOptions } from "./query-options";
import type { CreateHighlightsInput, SaveNoteInput } from "./schemas";
import type { HighlightColor, HighlightDTO, NoteDTO, TextAnnotations } from "./types";
import { noteKeyOf, noteKeyOfNote } from "./types";

/** A failed action, carried through react-query so onError can show its localized message. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

async function unwrap<T>(p: Promise<ActionResult<T>>, fallback: string): Promise<T> {
  let result: ActionResult<T>;
  try {
    result = await p;
  } catch {
    throw new ActionError(fallback, "NETWORK");
  }
  if (!result.ok) throw new ActionError(result.error.message, result.error.code);
  return result.data;
}

export function useAnnotations(slug: string, enabled: boolean) {
  return useQuery({ ...annotationsQueryOptions(slug), enabled });
}

type Snapshot = { previous: TextAnnotations | undefined };

/**
 * Mutations for one text's annotations. Each one updates the cache at once
 * (onMutate), restores the snapshot if the server says no (onError, with the
 * server's localized message), and refetches to reconcile (onSettled).
 */
export function useAnnotationMutations(slug: string, onError: (error: ActionError) => void) {
  const qc = useQueryClient();
  const t = useTranslations("Annotations");
  const key = annotationsKey(slug);

  const begin = async (update: (d: TextAnnotations) => TextAnnotations): Promise<Snapshot> => {
    await qc.cancelQueries({ queryKey: key });
    const previous = qc.getQueryData<TextAnnotations>(key);
    if (previous) qc.setQueryData<TextAnnotations>(key, update(previous));
    return { previous };
  };
  const common = {
    onError: (error: Error, _vars: unknown, ctx: Snapshot | undefined) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
      onError(error instanceof ActionError ? error : new ActionError(t("errors.generic"), "NETWORK"));
    },
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  };
  const generic = t("errors.generic");

  const create = useMutation({
    mutationFn: (input: CreateHighlightsInput & { tempIds: string[]; paragraphIndexes: number[] }) =>
      unwrap(createHighlights({ textSlug: input.textSlug, color: input.color, parts: input.parts, note: input.note }), generic),
    onMutate: (input) =>
      begin((d) => {
        const now = new Date().toISOString();
        const groupId = input.parts.length > 1 ? `tmp-group-${input.tempIds[0]}` : null;
        const optimistic: HighlightDTO[] = input.parts.map((p, i) => ({
          id: input.tempIds[i],
          paragraphId: p.paragraphId,
          paragraphIndex: input.paragraphIndexes[i],
          lang: p.lang,
          start: p.start,
          end: p.end,
          quote: p.quote,
          prefix: "",
          suffix: "",
          color: input.color,
          groupId,
          status: "exact",
          createdAt: now,
          updatedAt: now,
        }));
        return { ...d, highlights: [...d.highlights, ...optimistic] };
      }),
    onSuccess: (data, input) => {
      // Swap the temporary highlights for the stored ones right away, before the reconciling refetch.
      qc.setQueryData<TextAnnotations>(key, (d) =>
        d
          ? {
              ...d,
              highlights: [...d.highlights.filter((h) => !input.tempIds.includes(h.id)), ...data.highlights],
              notes: data.note ? [...d.notes, data.note] : d.notes,
            }
          : d,
      );
    },
    ...common,
  });

  const recolor = useMutation({
    mutationFn: (v: { id: string; color: HighlightColor }) => unwrap(recolorHighlight(v), generic),
    onMutate: (v) =>
      begin((d) => {
        const target = d.highlights.find((h) => h.id === v.id);
        const key2 = target ? noteKeyOf(target) : v.id;
        return { ...d, highlights: d.highlights.map((h) => (noteKeyOf(h) === key2 ? { ...h, color: v.color } : h)) };
      }),
    ...common,
  });

  const remove = useMutation({
    mutationFn: (v: { id: string }) => unwrap(deleteHighlight(v), generic),
    onMutate: (v) =>
      begin((d) => {
        const target = d.highlights.find((h) => h.id === v.id);
        const key2 = target ? noteKeyOf(target) : v.id;
        return { ...d, highlights: d.highlights.filter((h) => noteKeyOf(h) !== key2) };
      }),
    ...common,
  });

  const restore = useMutation({ mutationFn: (v: { id: string }) => unwrap(restoreHighlight(v), generic), ...common });

  const save = useMutation({
    mutationFn: (v: SaveNoteInput & { noteKey: string }) =>
      unwrap(saveNote({ highlightId: v.highlightId, body: v.body, tags: v.tags }), generic),
    onMutate: (v) =>
      begin((d) => {
        const existing = d.notes.find((n) => noteKeyOfNote(n) === v.noteKey);
        const optimistic: NoteDTO = {
          id: existing?.id ?? `tmp-note-${v.noteKey}`,
          highlightId: existing?.highlightId ?? (v.noteKey === v.highlightId ? v.highlightId : null),
          groupId: existing?.groupId ?? (v.noteKey !== v.highlightId ? v.noteKey : null),
          body: v.body,
          tags: v.tags ?? existing?.tags ?? [],
          updatedAt: new Date().toISOString(),
        };
        return { ...d, notes: [...d.notes.filter((n) => noteKeyOfNote(n) !== v.noteKey), optimistic] };
      }),
    ...common,
  });

  const removeNote = useMutation({
    mutationFn: (v: { id: string; noteKey: string }) => unwrap(deleteNote({ id: v.id }), generic),
    onMutate: (v) => begin((d) => ({ ...d, notes: d.notes.filter((n) => noteKeyOfNote(n) !== v.noteKey) })),
    ...common,
  });

  // Only the tags changed: a smaller write that cannot clobber a note edited in another tab.
  const saveTags = useMutation({
    mutationFn: (v: { highlightId: string; tags: string[]; noteKey: string }) =>
      unwrap(setTags({ highlightId: v.highlightId, tags: v.tags }), generic),
    onMutate: (v) =>
      begin((d) => ({ ...d, notes: d.notes.map((n) => (noteKeyOfNote(n) === v.noteKey ? { ...n, tags: v.tags } : n)) })),
    ...common,
  });

  return { create, recolor, remove, restore, save, saveTags, removeNote };
}
