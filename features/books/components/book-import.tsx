"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/action-result";
import { unwrapAction as unwrap, type ActionFailure as Failure } from "@/lib/unwrap-action";
import type { ChapterPair } from "@/lib/books/chapter-align";
import type { BookOutline } from "@/lib/books/outline";
import { bookImportStatus, rematchChapters, startBookImport, type BookJobView } from "@/features/books/actions";
import { ChapterTable } from "./chapter-table";

const META = ["titleZh", "titleEn", "author", "source", "url"] as const;
type Meta = Record<(typeof META)[number], string>;

/** The book mode of the import page: two files, the chapter alignment to check, then a background import with progress. */
export function BookImport() {
  const t = useTranslations("Books");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [files, setFiles] = useState<{ zh: File | null; en: File | null }>({ zh: null, en: null });
  const [outline, setOutline] = useState<BookOutline | null>(null);
  const [included, setIncluded] = useState<{ zh: number[]; en: number[] }>({ zh: [], en: [] });
  const [pairs, setPairs] = useState<ChapterPair[]>([]);
  const [skipped, setSkipped] = useState<Set<number>>(new Set());
  const [meta, setMeta] = useState<Meta>({ titleZh: "", titleEn: "", author: "", source: "", url: "" });
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<BookJobView | null>(null);

  const read = useMutation<BookOutline, Failure>({
    mutationFn: async () => {
      const body = new FormData();
      if (files.zh) body.set("zh", files.zh);
      if (files.en) body.set("en", files.en);
      let res: Response;
      try {
        res = await fetch(`/api/books/read?locale=${locale}`, { method: "POST", body });
      } catch {
        throw { message: t("errors.generic") } satisfies Failure;
      }
      return unwrap(res.json() as Promise<ActionResult<BookOutline>>, t("errors.generic"));
    },
    onSuccess: (o) => {
      setOutline(o);
      setIncluded(o.included);
      setPairs(o.pairs);
      setSkipped(new Set());
      setMeta((m) => ({ ...m, titleZh: m.titleZh || o.titleZh, titleEn: m.titleEn || o.titleEn, author: m.author || o.author }));
    },
  });
  // The tick shows at once; the pairs follow when the server has re-matched (and the tick goes back if it could not).
  const rematch = useMutation<{ pairs: ChapterPair[] }, Failure, { next: { zh: number[]; en: number[] }; before: { zh: number[]; en: number[] } }>({
    mutationFn: ({ next }) => unwrap(rematchChapters({ token: outline?.token, ...next }), t("errors.generic")),
    onMutate: ({ next }) => setIncluded(next),
    onSuccess: ({ pairs }) => {
      setPairs(pairs);
      setSkipped(new Set());
    },
    onError: (_err, { before }) => setIncluded(before),
  });
  const chosen = pairs.filter((p, k) => p.zh.length > 0 && p.en.length > 0 && !skipped.has(k));
  const start = useMutation<{ jobId: string }, Failure>({
    mutationFn: () => unwrap(startBookImport({ token: outline?.token, ...meta, pairs: chosen.map(({ zh, en }) => ({ zh, en })) }), t("errors.generic")),
    onSuccess: ({ jobId }) => {
      setJob({ status: "running", step: "chapters", done: 0, total: 1 });
      setJobId(jobId);
    },
  });

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    const poll = async () => {
      const r = await bookImportStatus({ jobId }).catch(() => null);
      if (stopped) return;
      const state: BookJobView = r?.ok ? r.data : { status: "failed", message: r ? r.error.message : t("errors.generic") };
      setJob(state);
      if (state.status === "running") timer = setTimeout(poll, 400);
      else if (state.status === "done") router.push(`/books/${state.slug}`);
    };
    let timer = setTimeout(poll, 200);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, router, t]);

  const running = job?.status === "running";
  const toggleChapter = (side: "zh" | "en", index: number, on: boolean) => {
    const set = new Set(included[side]);
    if (on) set.add(index);
    else set.delete(index);
    rematch.mutate({ next: { ...included, [side]: [...set].sort((a, b) => a - b) }, before: included });
  };

  return (
    <div className="book-import">
      <p className="lede">{t("intro")}</p>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          setOutline(null);
          read.mutate();
        }}
      >
        <div className="import-sides">
          {(["zh", "en"] as const).map((side) => (
            <div className="field" key={side}>
              <label htmlFor={`${id}-${side}`}>{t("chooseFile", { side: t(side === "zh" ? "zhBook" : "enBook") })}</label>
              <input
                id={`${id}-${side}`}
                type="file"
                accept=".epub,.txt,.md,application/epub+zip,text/plain,text/markdown"
                onChange={(e) => setFiles((f) => ({ ...f, [side]: e.target.files?.[0] ?? null }))}
              />
            </div>
          ))}
        </div>
        {read.error ? (
          <p role="alert" className="form-error">
            {read.error.message}
          </p>
        ) : null}
        <div className="import-actions">
          <button type="submit" className="primary" disabled={read.isPending || !files.zh || !files.en || running}>
            {read.isPending ? t("reading") : t("read")}
          </button>
          {read.isPending ? <progress aria-label={t("progressLabel")} /> : null}
        </div>
      </form>

      {outline ? (
        <section className="import-preview" aria-labelledby={`${id}-chapters`}>
          <h2 id={`${id}-chapters`}>{t("chapters")}</h2>
          <p className="lede">{t("chaptersIntro")}</p>
          <ChapterTable
            outline={outline}
            pairs={pairs}
            included={included}
            skipped={skipped}
            disabled={rematch.isPending || running}
            onToggleChapter={toggleChapter}
            onTogglePair={(k, on) =>
              setSkipped((s) => {
                const next = new Set(s);
                if (on) next.delete(k);
                else next.add(k);
                return next;
              })
            }
          />
          {rematch.error ? (
            <p role="alert" className="form-error">
              {rematch.error.message}
            </p>
          ) : null}
          <p className="muted">{t("summary", { pairs: chosen.length })}</p>
          <fieldset className="import-meta">
            <legend>{t("meta")}</legend>
            {META.map((name) => (
              <div className="field" key={name}>
                <label htmlFor={`${id}-${name}`}>{t(name)}</label>
                <input
                  id={`${id}-${name}`}
                  type={name === "url" ? "url" : "text"}
                  value={meta[name]}
                  onChange={(e) => setMeta((m) => ({ ...m, [name]: e.target.value }))}
                />
              </div>
            ))}
          </fieldset>
          {start.error ? (
            <p role="alert" className="form-error">
              {start.error.message}
            </p>
          ) : null}
          {job?.status === "failed" ? (
            <p role="alert" className="form-error">
              {job.message}
            </p>
          ) : null}
          {job?.status === "running" ? (
            <div className="book-progress" role="status">
              <p>{t(`step.${job.step as "chapters" | "paragraphs" | "sentences" | "saving"}`, { done: job.done, total: job.total })}</p>
              <progress aria-label={t("progressLabel")} value={job.done} max={Math.max(1, job.total)} />
            </div>
          ) : null}
          <div className="import-actions">
            <button type="button" className="primary" disabled={start.isPending || rematch.isPending || running || chosen.length === 0} onClick={() => start.mutate()}>
              {t("import")}
            </button>
            <button type="button" disabled={running} onClick={() => (setOutline(null), setJob(null), setJobId(null))}>
              {t("startOver")}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
