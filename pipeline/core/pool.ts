import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PipelineError } from "./errors.ts";
import type { StageContext } from "./stage.ts";

/**
 * Per-item work of a stage spread over worker threads.
 *
 * The work is a module that exports `createWorker(setup)`, returning the
 * function applied to each item. Every thread imports the module, calls
 * `createWorker` once with the same `setup` (structured-cloned: plain data,
 * no functions or class instances), then maps the batches of items it is
 * sent. Results come back in the items' order whatever thread did them, so
 * a stage's output does not depend on the number of threads. With one
 * thread, or (by default) fewer items than `minItems`, the same function
 * runs in this thread: starting a worker (a Node instance that imports the stage's code)
 * and transpiling its TypeScript costs most of a second, about what 1,000
 * articles of extraction take; small corpora and tests need not pay it.
 */
export interface PoolWork<S> {
  /** URL of the module exporting `createWorker` (`new URL("./x.ts", import.meta.url).href`). */
  readonly module: string;
  readonly setup: S;
}

export interface PoolOptions<I> {
  /** Worker threads; default `defaultThreads()`. 1 = in this thread. */
  readonly threads?: number;
  /** Below this many items the work runs in this thread (default 2,000), unless `threads` is given. */
  readonly minItems?: number;
  /** Items per message (default 64): large enough that messaging is cheap, small enough to balance threads. */
  readonly batch?: number;
  /** Called after each batch with the number of items done. */
  readonly progress?: (done: number, total: number) => void;
  /** Names an item in an error message ("article 3f2a…"). */
  readonly label?: (item: I) => string;
}

/** A stage's pool options: its thread count (`--threads`), its progress line, and how its items are named in errors. */
export function stagePoolOptions<I>(ctx: StageContext, label: (item: I) => string): PoolOptions<I> {
  return { ...(ctx.options.threads ? { threads: ctx.options.threads } : {}), progress: ctx.progress, label };
}

/** What a work module exports. */
export type CreateWorker<S, I, O> = (setup: S) => ((item: I) => O) | Promise<(item: I) => O>;

/** Threads for per-item work: the machine's parallelism, at most 4 (the stages' other work stays in the main thread). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

type Failed = { readonly batch: number; readonly failed: number; readonly pipeline: boolean; readonly message: string };
type Reply<O> = { readonly batch: number; readonly results: O[] } | Failed;

/** A worker thread running `work` (pool-worker.ts, behind the tsx loader). */
function spawn<S>(work: PoolWork<S>): Worker {
  return new Worker(new URL("./pool-thread.mjs", import.meta.url), { workerData: work });
}

/** The error for an item that failed in a thread: a PipelineError as it was written for the user; anything else named by its item. */
function failure(reply: Failed, item: string): Error {
  return reply.pipeline ? new PipelineError(reply.message) : new Error(`${item}: ${reply.message}`);
}

export async function mapInWorkers<S, I, O>(items: readonly I[], work: PoolWork<S>, options: PoolOptions<I> = {}): Promise<O[]> {
  return (await mapInWorkersThen<S, I, O>(items, () => [], work, options)).first;
}

/**
 * `mapInWorkers`, then the items `more` asks for once it has every result, on the same threads: they are warm, so a
 * second round costs no start (a kept copy that reports nothing gives way to its reprints: see stages/extract.ts).
 */
export async function mapInWorkersThen<S, I, O>(
  items: readonly I[],
  more: (results: readonly O[]) => readonly I[],
  work: PoolWork<S>,
  options: PoolOptions<I> = {},
): Promise<{ readonly first: O[]; readonly then: O[] }> {
  const wanted = options.threads ?? defaultThreads();
  // A thread count given by the caller is obeyed whatever the number of items; the default starts no worker for few items.
  if (wanted <= 1 || items.length === 0 || (options.threads === undefined && items.length < (options.minItems ?? 2000))) {
    const first = await mapHere<S, I, O>(items, work, options);
    const extra = more(first);
    return { first, then: extra.length ? await mapHere<S, I, O>(extra, work, { ...options, progress: undefined }) : [] };
  }
  // Batches no larger than a quarter of a thread's share, so few items still spread over every thread.
  const sizeFor = (n: number) => Math.max(1, Math.min(options.batch ?? 64, Math.ceil(n / (4 * wanted))));
  const threads = Math.min(wanted, Math.ceil(items.length / sizeFor(items.length)));
  /** The round under way: where each thread's replies go. */
  let round: { reply(w: Worker, r: Reply<O>): void; fail(e: Error): void; over(): boolean } | null = null;
  const workers: Worker[] = [];
  for (let t = 0; t < threads; t++) {
    const w = spawn(work);
    workers.push(w);
    w.on("error", (e) => round?.fail(e));
    w.on("exit", (code) => {
      if (round && !round.over()) round.fail(new PipelineError(`a worker thread of ${work.module} stopped (exit code ${code}) before the work was done`));
    });
    w.on("message", (r: Reply<O>) => round?.reply(w, r));
  }
  /** One round: the list in batches over every thread, results in the list's order. */
  const map = (list: readonly I[], progress?: (done: number, total: number) => void) =>
    new Promise<O[]>((resolve, reject) => {
      const size = sizeFor(list.length);
      const batches = Math.ceil(list.length / size);
      const results: O[][] = new Array(batches);
      let next = 0;
      let received = 0;
      let done = 0;
      const send = (w: Worker) => {
        if (next >= batches) return;
        const b = next++;
        w.postMessage({ batch: b, items: list.slice(b * size, (b + 1) * size) });
      };
      round = {
        reply(w, r) {
          if ("failed" in r) {
            const index = r.batch * size + r.failed;
            return reject(failure(r, options.label ? options.label(list[index]!) : `item ${index}`));
          }
          results[r.batch] = r.results;
          done += r.results.length;
          progress?.(done, list.length);
          if (++received === batches) return resolve(results.flat());
          send(w);
        },
        fail: reject,
        over: () => received === batches,
      };
      if (batches === 0) return resolve([]);
      // Two batches in flight, so a thread never waits for this one to read a reply.
      for (const w of workers) {
        send(w);
        send(w);
      }
    });
  try {
    const first = await map(items, options.progress);
    const extra = more(first);
    return { first, then: extra.length ? await map(extra) : [] };
  } finally {
    round = null;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function mapHere<S, I, O>(items: readonly I[], work: PoolWork<S>, options: PoolOptions<I>): Promise<O[]> {
  const mod = (await import(work.module)) as { createWorker: CreateWorker<S, I, O> };
  const fn = await mod.createWorker(work.setup);
  const out: O[] = [];
  for (const [i, item] of items.entries()) {
    try {
      out.push(fn(item));
    } catch (e) {
      if (options.label && e instanceof Error && !(e instanceof PipelineError)) e.message = `${options.label(item)}: ${e.message}`;
      throw e;
    }
    if ((i + 1) % 64 === 0 || i + 1 === items.length) options.progress?.(i + 1, items.length);
  }
  return out;
}

/** One worker thread fed one item at a time (`startWorker`). */
export interface WorkerThread<I, O> {
  /** The item's result; `transfer` lists buffers handed to the thread instead of copied (unusable here afterwards). */
  run(item: I, transfer?: readonly ArrayBuffer[]): Promise<O>;
  /** Ends the thread (and frees its memory); items still running are rejected. */
  close(): Promise<void>;
}

/**
 * A work module in one worker thread, with items sent as the caller makes
 * them: the caller goes on with its own work while the thread does this
 * one (the write stage renders CSV while the thread writes Parquet). The
 * thread's memory, WebAssembly memory included (which never shrinks), is
 * given back when it is closed. Same module contract and messages as
 * `mapInWorkers`, one item per batch.
 */
export function startWorker<S, I, O>(work: PoolWork<S>, label: (item: I) => string = () => "item"): WorkerThread<I, O> {
  const worker = spawn(work);
  const pending = new Map<number, { label: string; resolve: (o: O) => void; reject: (e: Error) => void }>();
  let next = 0;
  /** Why no more items can run: closed by the caller, or the thread failed or stopped. */
  let gone: Error | null = null;
  const failAll = (e: Error) => {
    gone ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new PipelineError(`a worker thread of ${work.module} stopped (exit code ${code}) before the work was done`)));
  worker.on("message", (reply: Reply<O>) => {
    const p = pending.get(reply.batch);
    if (!p) return;
    pending.delete(reply.batch);
    if ("failed" in reply) p.reject(failure(reply, p.label));
    else p.resolve(reply.results[0]!);
  });
  return {
    run(item, transfer = []) {
      if (gone) return Promise.reject(gone);
      const batch = next++;
      return new Promise<O>((resolve, reject) => {
        pending.set(batch, { label: label(item), resolve, reject });
        worker.postMessage({ batch, items: [item] }, [...transfer]);
      });
    },
    async close() {
      gone ??= new Error(`the worker thread of ${work.module} is closed`);
      await worker.terminate();
    },
  };
}
