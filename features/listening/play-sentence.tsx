"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The reader's play-a-sentence API, for controls that live elsewhere in the
 * reader (the word lookup popup): `play("<paragraph>.<pair>")` reads that
 * sentence pair aloud on the chosen side, or pauses it when it is the one
 * being read. `available` is false where the browser has no speech synthesis.
 */
export interface PlaySentenceApi {
  play: (sentenceKey: string) => void;
  available: boolean;
}

const PlaySentenceContext = createContext<PlaySentenceApi>({ play: () => {}, available: false });

export function PlaySentenceProvider({ value, children }: { value: PlaySentenceApi; children: ReactNode }) {
  return <PlaySentenceContext.Provider value={value}>{children}</PlaySentenceContext.Provider>;
}

export function usePlaySentence(): PlaySentenceApi {
  return useContext(PlaySentenceContext);
}
