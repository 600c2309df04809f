"use client";

import { useCallback, useEffect, useState } from "react";
import { applySettingsToDocument, DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type ReaderSettings } from "./reader-settings";

/** Reading settings, persisted in localStorage and mirrored onto <html> for the CSS. */
export function useReaderSettings(): [ReaderSettings, (patch: Partial<ReaderSettings>) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);

  // Read after mount: the server cannot know the device's settings (the boot script already applied the CSS side).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage only exists after mount
    setSettings(parseSettings(window.localStorage.getItem(SETTINGS_KEY)));
  }, []);

  const update = useCallback((patch: Partial<ReaderSettings>) => {
    setSettings((prev) => {
      const next = { ...prev, ...patch };
      try {
        window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
      } catch {
        // Private mode or full storage: the setting still applies for this visit.
      }
      applySettingsToDocument(next);
      return next;
    });
  }, []);

  return [settings, update];
}
