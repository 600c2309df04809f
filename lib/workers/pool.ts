// A small pool of worker threads, each running one task at a time, for CPU
// work that must not hold up the server's event loop (alignment). Workers
// start on demand, stay warm while in use (the aligner's lexicon takes about
// a second to load), and exit after a while idle. A worker that crashes, runs
// out of memory or overruns its time fails only its own task and is replaced.
import { parentPort, type Worker } from "node:worker_threads";

interface TaskMessage<I> {
  id: number;
  input: I;
}

type ReplyMessage<O> = { id: number; ok: true; output: O } | { id: number; ok: false; error: string };
/** Sent once by serveTasks when the worker's code has loaded. */
const READY = "ready";

/** Worker side: answers every task posted by a WorkerPool with `fn`'s result (or its error). */
export function serveTasks<I, O>(fn: (input: I) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks must run in a worker thread");
  port.on("message", async ({ id, input }: TaskMessage<I>) => {
    let reply: ReplyMessage<O>;
    try {
      reply = { id, ok: true, output: await fn(input) };
    } catch (err) {
      reply = { id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage(READY);
}

/** Every worker is busy and the queue is full: the caller should ask the user to retry later. */
export class PoolBusyError extends Error {}
/** The task threw, or its worker died or overran its time. */
export class TaskFailedError extends Error {}

export interface PoolOptions {
  /** Starts one worker thread running serveTasks. */
  create: () => Worker;
  /** Most workers at once. */
  size: number;
  /** Most tasks waiting for a worker; more are refused with PoolBusyError. */
  maxQueued: number;
  /** An idle worker exits after this long. */
  idleMs: number;
  /** A task running longer than this has its worker stopped. */
  taskTimeoutMs: number;
}

interface Task<I, O> {
  id: number;
  input: I;
  resolve: (output: O) => void;
  reject: (err: Error) => void;
}

interface Slot<I, O> {
  worker: Worker;
  task: Task<I, O> | null;
  timer: NodeJS.Timeout | null;
  /** Resolves once the worker's code has loaded: a task's time budget starts then, not while a loaded machine boots it. */
  online: Promise<void>;
}

export class WorkerPool<I, O> {
  private readonly slots = new Set<Slot<I, O>>();
  private readonly queue: Task<I, O>[] = [];
  private nextId = 1;

  constructor(private readonly opts: PoolOptions) {}

  /** Runs `input` on a free worker, once one is free. */
  run(input: I): Promise<O> {
    if (this.queue.length >= this.opts.maxQueued) return Promise.reject(new PoolBusyError(`${this.queue.length} tasks already waiting`));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Workers alive, tasks running, tasks waiting. */
  stats() {
    const running = [...this.slots].filter((s) => s.task).length;
    return { workers: this.slots.size, running, queued: this.queue.length };
  }

  /** Refuses what waits and stops every worker (their running tasks fail). */
  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) task.reject(new TaskFailedError("the pool was closed"));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => !s.task);
      if (!slot) {
        if (this.slots.size >= this.opts.size) return;
        slot = this.spawn();
      }
      this.assign(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot<I, O> {
    const worker = this.opts.create();
    const online = new Promise<void>((resolve) => {
      const onReady = (message: unknown) => {
        if (message !== READY) return;
        worker.off("message", onReady);
        resolve();
      };
      worker.on("message", onReady);
    });
    const slot: Slot<I, O> = { worker, task: null, timer: null, online };
    this.slots.add(slot);
    slot.worker.on("message", (reply: ReplyMessage<O>) => {
      const task = slot.task;
      if (!task || reply.id !== task.id) return;
      this.release(slot);
      if (reply.ok) task.resolve(reply.output);
      else task.reject(new TaskFailedError(reply.error));
      this.dispatch();
    });
    const lost = (reason: string) => {
      if (!this.slots.delete(slot)) return; // already retired
      if (slot.timer) clearTimeout(slot.timer);
      slot.task?.reject(new TaskFailedError(reason));
      slot.task = null;
      this.dispatch();
    };
    slot.worker.on("error", (err) => lost(`worker failed: ${err.message}`));
    slot.worker.on("exit", (code) => lost(`worker exited with code ${code}`));
    return slot;
  }

  private assign(slot: Slot<I, O>, task: Task<I, O>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = task;
    slot.worker.ref();
    void slot.online.then(() => {
      if (slot.task !== task) return; // already answered, or the worker was lost
      slot.timer = setTimeout(() => {
        const t = slot.task;
        this.slots.delete(slot);
        t?.reject(new TaskFailedError(`task took longer than ${this.opts.taskTimeoutMs} ms`));
        void slot.worker.terminate();
        this.dispatch();
      }, this.opts.taskTimeoutMs);
    });
    slot.worker.postMessage({ id: task.id, input: task.input } satisfies TaskMessage<I>);
  }

  /** Marks a worker free; it no longer keeps the process alive, and exits if nothing comes for idleMs. */
  private release(slot: Slot<I, O>): void {
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.unref();
    slot.timer = setTimeout(() => {
      this.slots.delete(slot);
      void slot.worker.terminate();
    }, this.opts.idleMs);
    slot.timer.unref();
  }
}
