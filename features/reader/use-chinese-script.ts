"use client";

import type { Convert } from "./script-convert";
import { lazyModule, useLazyModule } from "./use-lazy-module";

// OpenCC's dictionaries are large: loaded only once a reader switches to traditional.
const converter = lazyModule<Convert>(() => import("opencc-js/cn2t").then((m) => m.Converter({ from: "cn", to: "tw" })));

/** The simplified-to-traditional converter (OpenCC, Taiwan standard characters), shared by every paragraph. */
export function useTraditionalConverter(enabled: boolean): Convert | null {
  return useLazyModule(converter, enabled);
}
