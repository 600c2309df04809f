"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { createAnnotation, deleteAnnotation, deleteNote, recolorAnnotation, restoreAnnotation, saveNote, setTags } from "./actions";
import { annotationsKey, annotationsQueryOptions } from "./query-options";
import type { CreateAnnotationInput } from "./schemas";
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
    mutationFn: (input: CreateAnnotationInput & { tempIds: string[]; paragraphIndexes: number[] }) =>
      unwrap(createAnnotation({ textSlug: input.textSlug, color: input.color, parts: input.parts, note: input.note }), generic),
    onMutate: (input) =>
      begin((d) => {
        const now = new Date().toISOString();
        const annotationId = `tmp-annotation-${input.tempIds[0]}`;
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
          annotationId,
          color: input.color,
          status: "exact",
          createdAt: now,
          updatedAt: now,
        }));
        return { ...d, highlights: [...d.highlights, ...optimistic] };
      }),
    onSuccess: (data, input) => {
      // Swap the temporary highlights for the stored ones right away, before the reconciling refetch. A refetch
      // that ran meanwhile (another mutation settling) may already hold the stored ones: never show them twice.
      const stored = new Set(data.highlights.map((h) => h.id));
      qc.setQueryData<TextAnnotations>(key, (d) =>
        d
          ? {
              ...d,
              highlights: [...d.highlights.filter((h) => !input.tempIds.includes(h.id) && !stored.has(h.id)), ...data.highlights],
              notes: data.note ? [...d.notes.filter((n) => n.id !== data.note!.id), data.note] : d.notes,
            }
          : d,
      );
    },
    ...common,
  });

  const recolor = useMutation({
    mutationFn: (v: { annotationId: string; color: HighlightColor }) => unwrap(recolorAnnotation(v), generic),
    onMutate: (v) =>
      begin((d) => ({ ...d, highlights: d.highlights.map((h) => (noteKeyOf(h) === v.annotationId ? { ...h, color: v.color } : h)) })),
    ...common,
  });

  const remove = useMutation({
    mutationFn: (v: { annotationId: string }) => unwrap(deleteAnnotation(v), generic),
    onMutate: (v) => begin((d) => ({ ...d, highlights: d.highlights.filter((h) => noteKeyOf(h) !== v.annotationId) })),
    ...common,
  });

  const restore = useMutation({ mutationFn: (v: { annotationId: string }) => unwrap(restoreAnnotation(v), generic), ...common });

  const save = useMutation({
    mutationFn: (v: { annotationId: string; body: string; tags?: string[] }) =>
      unwrap(saveNote({ annotationId: v.annotationId, body: v.body, tags: v.tags }), generic),
    onMutate: (v) =>
      begin((d) => {
        const existing = d.notes.find((n) => noteKeyOfNote(n) === v.annotationId);
        const optimistic: NoteDTO = {
          id: existing?.id ?? `tmp-note-${v.annotationId}`,
          annotationId: v.annotationId,
          body: v.body,
          tags: v.tags ?? existing?.tags ?? [],
          updatedAt: new Date().toISOString(),
        };
        return { ...d, notes: [...d.notes.filter((n) => noteKeyOfNote(n) !== v.annotationId), optimistic] };
      }),
    ...common,
  });

  const removeNote = useMutation({
    mutationFn: (v: { annotationId: string }) => unwrap(deleteNote({ annotationId: v.annotationId }), generic),
    onMutate: (v) => begin((d) => ({ ...d, notes: d.notes.filter((n) => noteKeyOfNote(n) !== v.annotationId) })),
    ...common,
  });

  // Only the tags changed: a smaller write that cannot clobber a note edited in another tab.
  const saveTags = useMutation({
    mutationFn: (v: { annotationId: string; tags: string[] }) => unwrap(setTags({ annotationId: v.annotationId, tags: v.tags }), generic),
    onMutate: (v) =>
      begin((d) => ({ ...d, notes: d.notes.map((n) => (noteKeyOfNote(n) === v.annotationId ? { ...n, tags: v.tags } : n)) })),
    ...common,
  });

  return { create, recolor, remove, restore, save, saveTags, removeNote };
}
