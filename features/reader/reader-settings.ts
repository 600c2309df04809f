// Reading preferences live on the device (localStorage), not in the account:
// a phone and a desktop usually want different layouts and font sizes.

export const LAYOUTS = ["side", "interleaved", "zh", "en"] as const;
export type ReaderLayout = (typeof LAYOUTS)[number];

export const SCRIPTS = ["simplified", "traditional"] as const;
/** Which characters the Chinese side is shown in; the stored text is always the original. */
export type ChineseScript = (typeof SCRIPTS)[number];

export interface ReaderSettings {
  layout: ReaderLayout;
  study: boolean;
  pinyin: boolean;
  fontSize: number;
  script: ChineseScript;
}

export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;
export const DEFAULT_SETTINGS: ReaderSettings = { layout: "side", study: false, pinyin: false, fontSize: 18, script: "simplified" };
export const SETTINGS_KEY = "reader-settings:v1";

export function parseSettings(raw: string | null | undefined): ReaderSettings {
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const v = JSON.parse(raw) as Partial<ReaderSettings>;
    return {
      layout: LAYOUTS.includes(v.layout as ReaderLayout) ? (v.layout as ReaderLayout) : DEFAULT_SETTINGS.layout,
      study: typeof v.study === "boolean" ? v.study : DEFAULT_SETTINGS.study,
      pinyin: typeof v.pinyin === "boolean" ? v.pinyin : DEFAULT_SETTINGS.pinyin,
      fontSize: (FONT_SIZES as readonly number[]).includes(Number(v.fontSize)) ? Number(v.fontSize) : DEFAULT_SETTINGS.fontSize,
      script: SCRIPTS.includes(v.script as ChineseScript) ? (v.script as ChineseScript) : DEFAULT_SETTINGS.script,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Mirrors the settings onto <html> data attributes, which the reader CSS keys off. */
export function applySettingsToDocument(s: ReaderSettings, root: HTMLElement = document.documentElement): void {
  root.dataset.readerLayout = s.layout;
  root.dataset.readerStudy = s.study ? "on" : "off";
  root.style.setProperty("--reader-font-size", `${s.fontSize}px`);
}

// Inline script run before paint. Kept tiny and dependency-free; it must agree
// with applySettingsToDocument (the unit test checks both on the same input).
export const readerSettingsBootScript = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  SETTINGS_KEY,
)})||"{}");var r=document.documentElement;var L=${JSON.stringify(LAYOUTS)};var F=${JSON.stringify(
  FONT_SIZES,
)};r.dataset.readerLayout=L.indexOf(s.layout)>=0?s.layout:"side";r.dataset.readerStudy=s.study===true?"on":"off";r.style.setProperty("--reader-font-size",(F.indexOf(s.fontSize)>=0?s.fontSize:${
  DEFAULT_SETTINGS.fontSize
})+"px")}catch(e){}})();`;
