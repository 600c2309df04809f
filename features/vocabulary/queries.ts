import "server-only";
import { db } from "@/lib/db";
import { listVocabulary } from "./vocabulary-store";

export const getVocabulary = (userId: string) => listVocabulary(db, userId);
