/**
 * A worker thread of pool.ts: imports the work module, makes its function
 * once, then maps each batch it is sent and posts the results back (or
 * which item failed, and why).
 */
import { parentPort, workerData } from "node:worker_threads";
import { PipelineError } from "./errors.ts";
import type { CreateWorker, PoolWork } from "./pool.ts";

const work = workerData as PoolWork<unknown>;
const mod = (await import(work.module)) as { createWorker: CreateWorker<unknown, unknown, unknown> };
const fn = await mod.createWorker(work.setup);

parentPort!.on("message", ({ batch, items }: { batch: number; items: unknown[] }) => {
  const results: unknown[] = [];
  for (const [i, item] of items.entries()) {
    try {
      results.push(fn(item));
    } catch (e) {
      // A PipelineError is written for the user (it names the file and what to do); anything else is a bug, sent with its stack.
      const pipeline = e instanceof PipelineError;
      parentPort!.postMessage({ batch, failed: i, pipeline, message: pipeline ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return;
    }
  }
  parentPort!.postMessage({ batch, results });
});
