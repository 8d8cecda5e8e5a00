import { Worker } from "node:worker_threads";

/**
 * The process's peak resident set size over an interval, sampled every few
 * milliseconds by a worker thread. A timer in the main thread would not
 * fire while a stage runs synchronously (validation, say), which is when
 * memory peaks; the worker keeps sampling and writes the maximum into
 * shared memory, which the main thread resets when a stage starts and reads
 * when it ends. RSS is per process, so the worker sees what every thread holds.
 */
export interface RssSampler {
  /** Start a new interval (the peak so far becomes the current RSS). */
  reset(): void;
  /** Peak RSS since the last reset, in kilobytes. */
  peakKB(): number;
  stop(): Promise<void>;
}

const SAMPLER = `
const { workerData } = require("node:worker_threads");
const peak = new Float64Array(workerData.buffer);
setInterval(() => {
  const kb = process.memoryUsage.rss() / 1024;
  if (kb > peak[0]) peak[0] = kb;
}, workerData.intervalMs);
`;

export function startRssSampler(intervalMs = 10): RssSampler {
  const buffer = new SharedArrayBuffer(8);
  const peak = new Float64Array(buffer);
  const now = () => process.memoryUsage.rss() / 1024;
  peak[0] = now();
  const worker = new Worker(SAMPLER, { eval: true, workerData: { buffer, intervalMs } });
  worker.unref();
  return {
    reset: () => {
      peak[0] = now();
    },
    peakKB: () => Math.round(Math.max(peak[0]!, now())),
    stop: async () => {
      await worker.terminate();
    },
  };
}
