/**
 * Marks the sentence pair being read, on both sides, with a style rule rather
 * than classes on the spans: a paragraph's HTML is replaced whenever its
 * highlights change, and a rule keeps applying to the new spans.
 */
export function SpeakingStyle({ sentenceKey }: { sentenceKey: string | null }) {
  if (!sentenceKey || !/^\d+\.\d+$/.test(sentenceKey)) return null;
  const pair = sentenceKey.split(".")[0];
  return <style>{`.pairs [data-pair="${pair}"] [data-sentence="${sentenceKey}"]{--speaking:1;box-shadow:0 0 0 3px var(--speak-outline);-webkit-box-decoration-break:clone;box-decoration-break:clone}`}</style>;
}
