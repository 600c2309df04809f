import "server-only";
import { db } from "@/lib/db";
import { requestTimeZone } from "@/features/shell/request-time-zone";
import { listReviewNotes, loadReviewFacets } from "./notes-list";
import { loadStudyQueue } from "./study-queue";
import type { StudyFilter } from "./study-types";
import type { ReviewFilter } from "./types";

// Server-side reads of the review capability, bound to the app's database.
// The logic lives in notes-list.ts / study-queue.ts, which take the client as
// a parameter so the benchmark runs the same code.

export const getReviewNotes = (userId: string, filter: ReviewFilter) => listReviewNotes(db, userId, filter);
export const getReviewFacets = (userId: string) => loadReviewFacets(db, userId);
export const getStudyQueue = async (userId: string, filter: StudyFilter) => loadStudyQueue(db, userId, await requestTimeZone(), new Date(), filter);
