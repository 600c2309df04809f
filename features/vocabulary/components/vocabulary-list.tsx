"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { Link } from "@/i18n/navigation";
import { filterVocabulary, type VocabularyFilter } from "@/features/vocabulary/vocabulary-filter";
import type { VocabularyItemDTO } from "@/features/vocabulary/vocabulary-types";
import { useVocabulary, useVocabularyMutations } from "@/features/vocabulary/use-vocabulary";

export function VocabularyList() {
  const t = useTranslations("Vocabulary");
  const { data = [] } = useVocabulary();
  const [error, setError] = useState<string | null>(null);
  const { update, remove, card } = useVocabularyMutations(setError);
  // ?q= comes from the reader's popup ("Saved · 2 contexts"), which links to the word here.
  const initialQuery = useSearchParams().get("q") ?? undefined;
  const [filter, setFilter] = useState<VocabularyFilter>({ sort: "recent", q: initialQuery });
  const items = useMemo(() => filterVocabulary(data, filter), [data, filter]);
  const texts = useMemo(() => {
    const m = new Map<string, string>();
    for (const i of data) for (const c of i.contexts) m.set(c.textSlug, c.textTitle);
    return [...m];
  }, [data]);
  const set = (change: Partial<VocabularyFilter>) => setFilter((f) => ({ ...f, ...change }));

  return (
    <>
      <div className="vocab-controls">
        <label>
          <span>{t("search")}</span>
          <input type="search" value={filter.q ?? ""} onChange={(e) => set({ q: e.target.value })} />
        </label>
        <label>
          <span>{t("filterText")}</span>
          <select value={filter.text ?? ""} onChange={(e) => set({ text: e.target.value || undefined })}>
            <option value="">{t("allTexts")}</option>
            {texts.map(([slug, title]) => (
              <option key={slug} value={slug}>
                {title}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("filterHsk")}</span>
          <select value={filter.hsk ?? ""} onChange={(e) => set({ hsk: e.target.value ? Number(e.target.value) : undefined })}>
            <option value="">{t("anyLevel")}</option>
            {[1, 2, 3, 4, 5, 6].map((l) => (
              <option key={l} value={l}>
                {t("hsk", { level: l })}
              </option>
            ))}
            <option value="7">{t("outsideHsk")}</option>
          </select>
        </label>
        <label>
          <span>{t("filterStatus")}</span>
          <select value={filter.status ?? ""} onChange={(e) => set({ status: (e.target.value || undefined) as VocabularyFilter["status"] })}>
            <option value="">{t("anyStatus")}</option>
            <option value="learning">{t("learning")}</option>
            <option value="known">{t("known")}</option>
          </select>
        </label>
        <label>
          <span>{t("sort")}</span>
          <select value={filter.sort ?? "recent"} onChange={(e) => set({ sort: e.target.value as VocabularyFilter["sort"] })}>
            <option value="recent">{t("sortRecent")}</option>
            <option value="pinyin">{t("sortPinyin")}</option>
            <option value="hsk">{t("sortHsk")}</option>
          </select>
        </label>
      </div>
      <p className="vocab-actions">
        <span role="status">{t("count", { n: items.length })}</span>
        <a href="/api/vocabulary/export/tsv" download>
          {t("exportTsv")}
        </a>
        <a href="/api/vocabulary/export/csv" download>
          {t("exportCsv")}
        </a>
      </p>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="lede">{data.length ? t("noMatch") : t("empty")}</p>
      ) : (
        <ul className="vocab-list">
          {items.map((item) => (
            <VocabularyRow
              key={item.id}
              item={item}
              onSave={(changes) => update.mutate({ id: item.id, ...changes })}
              onDelete={() => remove.mutate(item.id)}
              onCard={(kind, enabled) => card.mutate({ id: item.id, kind, enabled })}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function VocabularyRow({
  item,
  onSave,
  onDelete,
  onCard,
}: {
  item: VocabularyItemDTO;
  onCard: (kind: "recognition" | "recall" | "cloze", enabled: boolean) => void;
  onSave: (changes: { definition?: string; note?: string; status?: "learning" | "known" }) => void;
  onDelete: () => void;
}) {
  const t = useTranslations("Vocabulary");
  const [editing, setEditing] = useState(false);
  const [definition, setDefinition] = useState(item.definition);
  const [note, setNote] = useState(item.note);
  return (
    <li className="vocab-item" data-status={item.status} aria-label={item.headword}>
      <p className="vocab-head">
        <span className="vocab-word" lang="zh-Hans">
          {item.headword}
        </span>
        <span className="vocab-pinyin" lang="zh-Latn-pinyin">
          {item.pinyin}
        </span>
        {item.hskLevel ? <span className="word-badge">{t("hsk", { level: item.hskLevel })}</span> : null}
        <span className="vocab-status">{item.status === "known" ? t("known") : t("learning")}</span>
      </p>
      {editing ? (
        <form
          className="vocab-edit"
          onSubmit={(e) => {
            e.preventDefault();
            onSave({ definition, note });
            setEditing(false);
          }}
        >
          <label>
            <span>{t("definition")}</span>
            <textarea value={definition} maxLength={2000} onChange={(e) => setDefinition(e.target.value)} />
          </label>
          <label>
            <span>{t("note")}</span>
            <textarea value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit">{t("save")}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t("cancel")}
          </button>
        </form>
      ) : (
        <>
          <p className="vocab-def">{item.definition}</p>
          {item.note ? <p className="vocab-note">{item.note}</p> : null}
        </>
      )}
      <p className="vocab-buttons">
        {!editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
        ) : null}
        <button type="button" onClick={() => onSave({ status: item.status === "known" ? "learning" : "known" })}>
          {item.status === "known" ? t("markLearning") : t("markKnown")}
        </button>
        <button type="button" onClick={onDelete}>
          {t("delete")}
        </button>
      </p>
      <fieldset className="vocab-cards">
        <legend>{t("cards")}</legend>
        {(["recognition", "recall", "cloze"] as const).map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={item.cards[kind]} onChange={(e) => onCard(kind, e.target.checked)} /> {t(`cardKinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <h3 className="word-sub">{t("contexts")}</h3>
      <ul className="vocab-contexts">
        {item.contexts.map((c) => (
          <li key={c.id}>
            <p lang="zh-Hans" className="vocab-sentence">
              {c.sentence}
            </p>
            <p lang="en" className="vocab-translation">
              {c.translation}
            </p>
            <Link href={`/texts/${c.textSlug}?w=${c.start}-${c.end}#pair-${c.paragraphIndex}`}>
              {c.textTitle} · {t("openInReader")}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
