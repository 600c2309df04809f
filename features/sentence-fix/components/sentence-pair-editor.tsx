"use client";

import { useTranslations } from "next-intl";
import { canApply, isDoubtful, type SentenceFix, type SentencePairing, type Side } from "@/lib/sentence-fix/sentence-fix";
import "./sentence-fix.css";

/**
 * The sentence pairs of one paragraph pair, one row each, with the fixes that
 * apply to them. Used by the import preview and by the reader (owner only);
 * it only proposes fixes, the caller applies them. A button is offered only
 * when its fix would apply (canApply), so the rules live in lib/sentence-fix.
 */
export function SentencePairEditor({
  pairing,
  onFix,
  disabled = false,
  beadAttr,
}: {
  pairing: SentencePairing;
  onFix: (fix: SentenceFix) => void;
  disabled?: boolean;
  /** Extra attribute value per row (the preview's data-bead, for its "next doubtful" jump). */
  beadAttr?: (bead: number) => string;
}) {
  const t = useTranslations("SentenceFix");
  const sideName = (side: Side) => t(side === "zh" ? "chinese" : "english");
  const button = (fix: SentenceFix, label: string, text: string, className: string) =>
    canApply(pairing, fix) ? (
      <button type="button" className={className} aria-label={label} title={label} disabled={disabled} onClick={() => onFix(fix)}>
        {text}
      </button>
    ) : null;

  const sideCell = (bead: number, side: Side) => {
    const indices = pairing.beads[bead][side === "zh" ? 0 : 1];
    if (indices.length === 0) return <p className="sfix-none">{t("none")}</p>;
    return indices.map((sentence, pos) => {
      const values = { side: sideName(side), sentence: sentence + 1 };
      return (
        <div key={sentence} className="sfix-sentence-wrap">
          {pos > 0 ? button({ kind: "split", bead, side, at: pos }, t("splitLabel", { ...values, sentence: indices[pos - 1] + 1, bead: bead + 1 }), `✂ ${t("split")}`, "sfix-split") : null}
          <div className="sfix-sentence">
            <span className="sfix-text" lang={side === "zh" ? "zh-Hans" : "en"}>
              {pairing[side][sentence]}
            </span>
            <span className="sfix-tools">
              {pos === 0 ? button({ kind: "move", bead, side, dir: "prev" }, t("moveUpLabel", { ...values, target: bead }), t("moveUp"), "sfix-move") : null}
              {pos === indices.length - 1 ? button({ kind: "move", bead, side, dir: "next" }, t("moveDownLabel", { ...values, target: bead + 2 }), t("moveDown"), "sfix-move") : null}
              {button({ kind: "detach", bead, side, sentence: pos }, t("detachLabel", values), t("detach"), "sfix-detach")}
            </span>
          </div>
        </div>
      );
    });
  };

  return (
    <ol className="sfix-list">
      {pairing.beads.map((_, bead) => {
        const score = pairing.scores[bead];
        const doubtful = isDoubtful(score);
        return (
          <li
            key={bead}
            className={doubtful ? "sfix-bead sfix-doubtful" : "sfix-bead"}
            aria-label={t("pairLabel", { bead: bead + 1 })}
            data-bead={beadAttr?.(bead)}
            data-doubtful={doubtful ? "" : undefined}
            tabIndex={beadAttr ? -1 : undefined}
          >
            <div className="sfix-row">
              <span className="sfix-number">{bead + 1}</span>
              <div className="sfix-side">{sideCell(bead, "zh")}</div>
              <div className="sfix-side">{sideCell(bead, "en")}</div>
              <span className="sfix-state">{doubtful ? t("doubtful", { percent: Math.round((score ?? 0) * 100) }) : null}</span>
            </div>
            {button({ kind: "join", bead }, t("joinLabel", { bead: bead + 1, next: bead + 2 }), `⇕ ${t("join")}`, "sfix-join")}
          </li>
        );
      })}
    </ol>
  );
}
