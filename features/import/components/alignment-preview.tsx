"use client";

import { useTranslations } from "next-intl";
import { memo, useRef, useState } from "react";
import { doubtfulBeads, nextDoubtful, type BeadRef, type PreviewPair } from "@/lib/import/preview-model";
import { isDoubtful, type SentenceFix } from "@/lib/sentence-fix/sentence-fix";
import { SentencePairEditor } from "@/features/sentence-fix/components/sentence-pair-editor";

export type PreviewFix =
  | { kind: "merge"; pair: number }
  | { kind: "detach"; pair: number }
  | { kind: "split"; pair: number; bead: number }
  | { kind: "move"; pair: number; side: "zh" | "en"; dir: "prev" | "next" }
  | { kind: "sentences"; pair: number; fix: SentenceFix };

function confidence(score: number | null): "high" | "medium" | "low" | "edited" {
  if (score === null) return "edited";
  if (score >= 0.8) return "high";
  if (score >= 0.5) return "medium";
  return "low";
}

const LABEL = { high: "confidenceHigh", medium: "confidenceMedium", low: "confidenceLow", edited: "confidenceEdited" } as const;

/** One paragraph pair of the preview, with its fix buttons. Memoised: a fix re-renders only the pairs it changed. */
const PreviewRow = memo(function PreviewRow({
  pair,
  index,
  isFirst,
  isLast,
  onFix,
}: {
  pair: PreviewPair;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  onFix: (fix: PreviewFix) => void;
}) {
  const t = useTranslations("Import");
  const tr = useTranslations("AlignReview");
  const ts = useTranslations("SentenceFix");
  const [fixing, setFixing] = useState(false);
  const level = confidence(pair.score);
  const n = index + 1;
  return (
    <li className={`preview-pair confidence-${level}`} data-preview-pair={index} aria-label={t("pairLabel", { number: n })}>
      <div className="preview-meta">
        <span className="preview-number">{n}</span>
        <span className="confidence-tag">
          {t(LABEL[level])}
          {pair.score !== null ? ` ${Math.round(pair.score * 100)}%` : ""}
        </span>
        <span className="preview-actions">
          {!isLast ? (
            <button type="button" aria-label={t("mergeLabel", { number: n })} onClick={() => onFix({ kind: "merge", pair: index })}>
              {t("mergeNext")}
            </button>
          ) : null}
          {pair.zh.length > 0 && pair.en.length > 0 ? (
            <button type="button" aria-label={t("detachLabel", { number: n })} onClick={() => onFix({ kind: "detach", pair: index })}>
              {t("noCounterpart")}
            </button>
          ) : null}
          {pair.zh.length > 0 && pair.en.length > 0 ? (
            <button type="button" aria-label={ts("editInlineLabel", { number: n })} aria-expanded={fixing} onClick={() => setFixing(!fixing)}>
              {ts("editInline")}
            </button>
          ) : null}
        </span>
      </div>
      {fixing ? (
        <SentencePairEditor
          pairing={{ zh: pair.zh, en: pair.en, beads: pair.beads, scores: pair.beadScores ?? pair.beads.map(() => null) }}
          onFix={(fix) => onFix({ kind: "sentences", pair: index, fix })}
          beadAttr={(k) => `${index}.${k}`}
        />
      ) : (
        <div className="preview-beads">
          {pair.beads.map((bead, k) => {
            const score = pair.beadScores?.[k];
            const doubtful = isDoubtful(score);
            const percent = Math.round((score ?? 0) * 100);
            return (
              <div
                className={doubtful ? "preview-bead bead-doubtful" : "preview-bead"}
                key={k}
                data-bead={`${index}.${k}`}
                data-doubtful={doubtful ? "" : undefined}
                role={doubtful ? "group" : undefined}
                tabIndex={doubtful ? -1 : undefined}
                aria-label={doubtful ? tr("doubtfulBead", { number: n, bead: k + 1, percent }) : undefined}
              >
                {doubtful ? <span className="bead-tag">{tr("doubtfulTag", { percent })}</span> : null}
                {k > 0 ? (
                  <button
                    type="button"
                    className="split-button"
                    aria-label={t("splitLabel", { number: n, bead: k + 1 })}
                    onClick={() => onFix({ kind: "split", pair: index, bead: k })}
                  >
                    ✂ {t("splitHere")}
                  </button>
                ) : null}
                <p lang="zh-Hans">{bead[0].map((i) => pair.zh[i]).join("") || t("empty")}</p>
                <p lang="en">{bead[1].map((i) => pair.en[i]).join(" ") || t("empty")}</p>
              </div>
            );
          })}
        </div>
      )}
      <div className="preview-moves">
        {(["zh", "en"] as const).map((side) => (
          <span key={side}>
            {!isFirst && pair[side].length > 0 ? (
              <button
                type="button"
                aria-label={t(side === "zh" ? "moveFirstZh" : "moveFirstEn", { number: n })}
                onClick={() => onFix({ kind: "move", pair: index, side, dir: "prev" })}
              >
                ↑ {side === "zh" ? "中" : "EN"} {t("moveUp")}
              </button>
            ) : null}
            {!isLast && pair[side].length > 0 ? (
              <button
                type="button"
                aria-label={t(side === "zh" ? "moveLastZh" : "moveLastEn", { number: n })}
                onClick={() => onFix({ kind: "move", pair: index, side, dir: "next" })}
              >
                ↓ {side === "zh" ? "中" : "EN"} {t("moveDown")}
              </button>
            ) : null}
          </span>
        ))}
      </div>
    </li>
  );
});

export function AlignmentPreview({ pairs, onFix }: { pairs: PreviewPair[]; onFix: (fix: PreviewFix) => void }) {
  const tr = useTranslations("AlignReview");
  const list = useRef<HTMLOListElement>(null);
  const last = useRef<BeadRef | null>(null);
  const count = doubtfulBeads(pairs).length;
  const jump = () => {
    const next = nextDoubtful(pairs, last.current);
    last.current = next;
    const el = next && list.current?.querySelector<HTMLElement>(`[data-bead="${next.pair}.${next.bead}"]`);
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  };
  return (
    <>
      <div className="doubtful-nav" role="status">
        <span>{tr("doubtfulCount", { count })}</span>
        {count > 0 ? (
          <button type="button" onClick={jump}>
            {tr("nextDoubtful")} ↓
          </button>
        ) : null}
      </div>
      <ol className="preview-list" ref={list}>
        {pairs.map((p, i) => (
          <PreviewRow key={p.id} pair={p} index={i} isFirst={i === 0} isLast={i === pairs.length - 1} onFix={onFix} />
        ))}
      </ol>
    </>
  );
}
