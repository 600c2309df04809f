"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { unwrapAction as unwrap, type ActionFailure as Failure } from "@/lib/unwrap-action";
import { detach, fixSentences, mergeWithNext, moveSentence, splitBefore, type PreviewPair } from "@/lib/import/preview-model";
import { alignImport, saveImport, type AlignPreview } from "@/features/import/actions";
import { callWithinLimit } from "@/lib/security/action-size";
import { AlignmentPreview, type PreviewFix } from "./alignment-preview";
import { SideInput } from "./side-input";

function applyFix(pairs: PreviewPair[], fix: PreviewFix): PreviewPair[] {
  switch (fix.kind) {
    case "merge":
      return mergeWithNext(pairs, fix.pair);
    case "detach":
      return detach(pairs, fix.pair);
    case "split":
      return splitBefore(pairs, fix.pair, fix.bead);
    case "move":
      return moveSentence(pairs, fix.pair, fix.side, fix.dir);
    case "sentences":
      return fixSentences(pairs, fix.pair, fix.fix).pairs;
  }
}

/** Seconds since `active` became true, for the progress line of a long alignment. */
function useElapsed(active: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [active]);
  return seconds;
}

export function ImportFlow() {
  const t = useTranslations("Import");
  const tooLarge = useTranslations("Security")("tooLarge");
  const router = useRouter();
  const id = useId();
  const [meta, setMeta] = useState({ title: "", author: "", source: "", url: "" });
  const [zh, setZh] = useState("");
  const [en, setEn] = useState("");
  const [preview, setPreview] = useState<AlignPreview | null>(null);
  const [pairs, setPairs] = useState<PreviewPair[]>([]);

  const align = useMutation<AlignPreview, Failure>({
    mutationFn: async () => JSON.parse((await unwrap(callWithinLimit(alignImport, { zh, en }, tooLarge), t("errors.generic"))).previewJson) as AlignPreview,
    onSuccess: (data) => {
      setPreview(data);
      setPairs(data.pairs);
    },
  });
  const save = useMutation<{ slug: string }, Failure>({
    mutationFn: () => unwrap(callWithinLimit(saveImport, { ...meta, pairs }, tooLarge), t("errors.generic")),
    onSuccess: ({ slug }) => router.push(`/texts/${slug}`),
  });
  const seconds = useElapsed(align.isPending);
  const onFix = useCallback((fix: PreviewFix) => setPairs((ps) => applyFix(ps, fix)), []);
  const fields = { ...align.error?.fields, ...save.error?.fields };
  const field = (name: keyof typeof meta, label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={meta[name]}
        aria-invalid={fields[name] ? true : undefined}
        onChange={(e) => setMeta((m) => ({ ...m, [name]: e.target.value }))}
      />
      {fields[name] ? <p className="field-error">{fields[name]}</p> : null}
    </div>
  );

  return (
    <div className="import-flow">
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.reset();
          align.mutate();
        }}
      >
        <fieldset className="import-meta">
          <legend>{t("meta")}</legend>
          {field("title", t("textTitle"))}
          {field("author", t("author"))}
          {field("source", t("source"))}
          {field("url", t("url"), "url")}
        </fieldset>
        <div className="import-sides">
          <SideInput lang="zh" label={t("chineseSide")} value={zh} error={fields.zh} onChange={setZh} />
          <SideInput lang="en" label={t("englishSide")} value={en} error={fields.en} onChange={setEn} />
        </div>
        {align.error && !align.error.fields ? (
          <p role="alert" className="form-error">
            {align.error.message}
          </p>
        ) : null}
        <div className="import-actions">
          <button type="submit" className="primary" disabled={align.isPending}>
            {align.isPending ? t("aligning", { seconds }) : t("align")}
          </button>
          {align.isPending ? <progress aria-label={t("progressLabel")} /> : null}
        </div>
      </form>

      {preview ? (
        <section className="import-preview" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>{t("preview")}</h2>
          <p className="lede">{t("previewIntro")}</p>
          <p className="muted">{t("stats", { ...preview.stats, pairs: pairs.length })}</p>
          <AlignmentPreview pairs={pairs} onFix={onFix} />
          {save.error ? (
            <p role="alert" className="form-error">
              {save.error.message}
            </p>
          ) : null}
          <div className="import-actions">
            <button type="button" className="primary" disabled={save.isPending} onClick={() => save.mutate()}>
              {save.isPending ? t("saving") : t("save")}
            </button>
            <button type="button" onClick={() => (setPreview(null), setPairs([]))}>
              {t("startOver")}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
