// Test helper: starts a worker thread on a TypeScript entry through tsx, the
// way the unit tests run code (the app's own build compiles the entry instead).
import path from "node:path";
import { Worker } from "node:worker_threads";

export function tsWorker(entry: string): Worker {
  const file = path.resolve(__dirname, entry);
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { eval: true });
}
