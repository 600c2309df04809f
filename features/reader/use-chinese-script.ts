"use client";

import { useEffect, useState } from "react";
import type { Convert } from "./script-convert";

let loaded: Convert | null = null;
let loading: Promise<Convert> | null = null;

/**
 * The simplified-to-traditional converter (OpenCC, Taiwan standard
 * characters). Its dictionaries are large, so they are loaded only once a
 * reader switches to traditional, and shared by every paragraph afterwards.
 */
export function useTraditionalConverter(enabled: boolean): Convert | null {
  const [fn, setFn] = useState<Convert | null>(loaded);
  useEffect(() => {
    if (!enabled || fn) return;
    loading ??= import("opencc-js/cn2t").then((m) => (loaded = m.Converter({ from: "cn", to: "tw" })));
    let alive = true;
    void loading.then((f) => alive && setFn(() => f));
    return () => {
      alive = false;
    };
  }, [enabled, fn]);
  return enabled ? fn : null;
}
