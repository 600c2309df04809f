"use client";

import { useEffect, useState } from "react";

export interface LazyModule<T> {
  current: T | null;
  load: () => Promise<T>;
}

/** A large client-only dependency, fetched once on first use and shared by every component afterwards. */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | null = null;
  const m: LazyModule<T> = {
    current: null,
    load: () => (loading ??= load().then((v) => (m.current = v))),
  };
  return m;
}

/** The module once `enabled` has asked for it and it has arrived; null before, and whenever disabled. */
export function useLazyModule<T>(module: LazyModule<T>, enabled: boolean): T | null {
  // Wrapped: the module may itself be a function, which useState would call.
  const [value, setValue] = useState<T | null>(() => module.current);
  useEffect(() => {
    if (!enabled || value) return;
    let alive = true;
    void module.load().then((v) => alive && setValue(() => v));
    return () => {
      alive = false;
    };
  }, [module, enabled, value]);
  return enabled ? value : null;
}
