import "server-only";
import { db } from "@/lib/db";
import { countTextAnnotations, loadTextAnnotations } from "./annotation-store";

// The app's reads of annotations, on the app's database. The logic is in
// annotation-store.ts, which takes its client as a parameter.

export const getTextAnnotations = (userId: string, slug: string) => loadTextAnnotations(db, userId, slug);
export const getTextAnnotationCount = (userId: string, textId: string) => countTextAnnotations(db, userId, textId);
