import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection, now, when the heap is large.
 *
 * The runner calls it after each stage that ran: the stage's working data
 * is garbage then, and so are the inputs the runner has just let go of
 * (the documents of 100,000 articles hold over a gigabyte). V8 collects
 * when its own heuristics say so, and while the next stage allocates it
 * rather grows the heap on top of the garbage: the build's peak memory was
 * the sum of both. Collecting at that point costs a fraction of a second
 * per stage at 100,000 articles and took the build's peak from 2.5–2.8 GB
 * to 1.8–1.9 GB, with no measurable change in time (README,
 * "Performance"). Small heaps are left alone: there is nothing to win there.
 *
 * `gc()` exists only with `--expose-gc`; the flag is set here, at run
 * time, so no command line has to carry it.
 */
export function collectGarbage(minHeapBytes: number = 256 * 2 ** 20): boolean {
  if (getHeapStatistics().used_heap_size < minHeapBytes) return false;
  gc ??= exposeGc();
  gc();
  return true;
}

let gc: (() => void) | undefined;

function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  // A new context gets the gc() the flag now provides; the main context was made before it was set.
  return runInNewContext("gc") as () => void;
}
