import { z } from "zod";
import { HIGHLIGHT_COLORS } from "@/features/annotations/types";
import { MAX_QUERY_CHARS } from "@/lib/search/search-query";
import { EMPTY_FILTER, type ReviewFilter } from "./types";
import { STUDY_FILTERS, type StudyFilter } from "./study-types";

// Input validation for the review actions and for the filter in URLs (the
// notes page, its JSON API and the export downloads all read the same one).

const id = z.string().min(1).max(64);

const filterSchema = z.object({
  q: z.string().max(MAX_QUERY_CHARS).catch(""),
  text: z.string().min(1).max(200).nullable().catch(null),
  color: z.enum(HIGHLIGHT_COLORS).nullable().catch(null),
  tag: z.string().min(1).max(40).nullable().catch(null),
  hasNote: z.boolean().catch(false),
  view: z.enum(["date", "text"]).catch("date"),
  page: z.number().int().min(1).max(100_000).catch(1),
});

/** A filter from URL search params; anything malformed falls back to its default instead of failing the page. */
export function parseFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): ReviewFilter {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(v) ? v[0] : v) ?? null;
  };
  return filterSchema.parse({
    q: get("q") ?? "",
    text: get("text"),
    color: get("color"),
    tag: get("tag"),
    hasNote: get("note") === "1",
    view: get("view") ?? "date",
    page: Number(get("page") ?? 1),
  });
}

/** The inverse of parseFilter; defaults are left out so URLs stay short. */
export function filterToParams(f: ReviewFilter, { withPage = true } = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set("q", f.q);
  if (f.text) p.set("text", f.text);
  if (f.color) p.set("color", f.color);
  if (f.tag) p.set("tag", f.tag);
  if (f.hasNote) p.set("note", "1");
  if (f.view !== EMPTY_FILTER.view) p.set("view", f.view);
  if (withPage && f.page > 1) p.set("page", String(f.page));
  return p;
}

export const cardToggleSchema = z.object({ annotationId: id, enabled: z.boolean() });

export const rateCardSchema = z.object({
  cardId: id,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The card's review count as the client saw it: a second submit of the same rating is refused, not applied twice. */
  reps: z.number().int().min(0).max(1_000_000),
});

export const studySettingsSchema = z.object({
  autoCards: z.boolean(),
  newPerDay: z.number().int().min(0).max(1000),
  reviewsPerDay: z.number().int().min(0).max(10_000),
  frontMode: z.enum(["cloze", "emphasis"]),
});
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;

/** The study page's card-type filter from its URL (?type=); anything unknown means all cards. */
export function parseStudyFilter(value: string | string[] | null | undefined): StudyFilter {
  return z.enum(STUDY_FILTERS).catch("all").parse(Array.isArray(value) ? value[0] : value);
}
