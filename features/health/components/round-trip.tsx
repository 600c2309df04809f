"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { noopAction } from "@/features/health/actions";

/** Measures a few round trips through an empty server action: the floor for every save in the app. */
export function RoundTrip() {
  const t = useTranslations("Health");
  const [ms, setMs] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    (async () => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const r = await noopAction();
        if (!r.ok) throw new Error("noop failed");
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      if (alive) setMs(times[2]);
    })().catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, []);
  if (failed) return <p role="alert">{t("unreachable")}</p>;
  return <p role="status">{ms === null ? t("measuring") : t("roundTrip", { ms: Math.round(ms) })}</p>;
}
