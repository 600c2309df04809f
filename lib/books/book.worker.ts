// Worker-thread entry of the book pool (book-pool.ts), bundled by Next as its
// own entry like lib/workers/align.worker.ts.
import { serveTasks } from "@/lib/workers/pool";
import { runBookTask } from "./book-tasks";

serveTasks(runBookTask);
