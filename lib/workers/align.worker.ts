// Worker-thread entry of the alignment pool (align-pool.ts). Next bundles it
// as its own entry because align-pool.ts starts it with
// `new Worker(new URL("./align.worker.ts", import.meta.url))`.
import { alignForPreview } from "./align-job";
import { serveTasks } from "./pool";

serveTasks(alignForPreview);
