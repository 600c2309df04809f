"use client";

import { useEffect, useState } from "react";
import type { RubyToken } from "@/lib/reader/side-html";

type PinyinFn = typeof import("pinyin-pro").pinyin;

let loaded: PinyinFn | null = null;
let loading: Promise<PinyinFn> | null = null;

/**
 * pinyin-pro carries a large dictionary, so it is loaded only once a reader
 * turns pinyin on, and shared by every paragraph afterwards.
 */
export function usePinyin(enabled: boolean): PinyinFn | null {
  const [fn, setFn] = useState<PinyinFn | null>(loaded);
  useEffect(() => {
    if (!enabled || fn) return;
    loading ??= import("pinyin-pro").then((m) => (loaded = m.pinyin));
    let alive = true;
    void loading.then((f) => alive && setFn(() => f));
    return () => {
      alive = false;
    };
  }, [enabled, fn]);
  return enabled ? fn : null;
}

/** Readings for a whole sentence at once, so polyphones (行 háng/xíng) are read in context. */
export function rubyTokens(pinyin: PinyinFn, text: string): RubyToken[] {
  const items = pinyin(text, { type: "all", toneType: "symbol" });
  const tokens: RubyToken[] = [];
  for (const item of items) {
    const reading = item.isZh && item.pinyin ? item.pinyin : null;
    const last = tokens[tokens.length - 1];
    // Runs of non-Chinese characters stay one text node.
    if (!reading && last && !last.reading) last.text += item.origin;
    else tokens.push({ text: item.origin, reading });
  }
  return tokens;
}
