"use client";

import { useTranslations } from "next-intl";
import type { ReaderParagraph } from "@/features/reader/queries";
import { isDoubtful } from "@/lib/sentence-fix/sentence-fix";

/** The owner's way into the fix-up of one paragraph pair: quiet until hovered, a little louder where pairs are doubtful. */
export function FixPairsButton({ paragraph, pairIndex, onOpen }: { paragraph: ReaderParagraph; pairIndex: number; onOpen: (pairIndex: number) => void }) {
  const t = useTranslations("SentenceFix");
  const doubtful = new Set([...paragraph.zhSentences, ...paragraph.enSentences].filter((s) => isDoubtful(s.confidence)).map((s) => s.pair)).size;
  const number = pairIndex + 1;
  return (
    <button
      type="button"
      className="pair-fix"
      data-doubtful={doubtful > 0 ? "" : undefined}
      aria-label={doubtful > 0 ? t("doubtfulOpenLabel", { number, count: doubtful }) : t("openLabel", { number })}
      onClick={() => onOpen(pairIndex)}
    >
      {doubtful > 0 ? `⚠ ${t("doubtfulOpen", { count: doubtful })}` : t("open")}
    </button>
  );
}
