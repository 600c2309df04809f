"use client";

import { useViewer } from "@/features/shell/use-viewer";
import { ReadingTracker } from "./reading-tracker";

/** Saves the reading position of a signed-in viewer only: the reader page is the same HTML for everyone. */
export function ViewerReadingTracker({ slug }: { slug: string }) {
  const { data } = useViewer();
  return data?.user ? <ReadingTracker slug={slug} /> : null;
}
