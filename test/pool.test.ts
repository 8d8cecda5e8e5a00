import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../pipeline/build.ts";
import { PipelineError } from "../pipeline/core/errors.ts";
import { mapInWorkers, mapInWorkersThen, startWorker } from "../pipeline/core/pool.ts";
import { quietBuild, readTree, tempDir } from "./helpers.ts";

const WORK = new URL("./fixtures/pool-work.ts", import.meta.url).href;
const numbers = Array.from({ length: 50 }, (_, i) => i);

describe("worker pool", () => {
  it("a single thread fed item by item answers each item, names a failure, and refuses work once closed", async () => {
    const thread = startWorker<{ factor: number }, number, number>({ module: WORK, setup: { factor: 5 } }, (n) => `number ${n}`);
    try {
      assert.deepEqual(await Promise.all([thread.run(1), thread.run(2), thread.run(40)]), [5, 10, 200]);
      await assert.rejects(thread.run(-3), /number -3: .*negative item -3/);
      await assert.rejects(thread.run(-99), (e) => e instanceof PipelineError && /changed while the build was running/.test(e.message));
      assert.equal(await thread.run(7), 35, "a failed item does not stop the thread");
    } finally {
      await thread.close();
    }
    await assert.rejects(thread.run(1), /closed/);
  });

  it("a thread whose module cannot be loaded fails its items instead of leaving them waiting", async () => {
    const thread = startWorker<null, number, number>({ module: new URL("./fixtures/no-such-module.ts", import.meta.url).href, setup: null });
    try {
      await assert.rejects(thread.run(1));
      await assert.rejects(thread.run(2), "an item sent after the failure is refused at once");
    } finally {
      await thread.close();
    }
  });

  it("hands a transferred buffer to the thread instead of copying it", async () => {
    const thread = startWorker<{ factor: number }, number, number>({ module: WORK, setup: { factor: 1 } });
    try {
      const bytes = new Uint8Array(1024);
      await thread.run(3, [bytes.buffer]);
      assert.equal(bytes.byteLength, 0, "the buffer moved to the worker");
    } finally {
      await thread.close();
    }
  });

  it("returns results in the items' order, from two threads and in this one alike", async () => {
    const progress: number[] = [];
    const threaded = await mapInWorkers(numbers, { module: WORK, setup: { factor: 3 } }, { threads: 2, batch: 4, progress: (done) => progress.push(done) });
    const here = await mapInWorkers(numbers, { module: WORK, setup: { factor: 3 } }, { threads: 1 });
    assert.deepEqual(threaded, numbers.map((n) => n * 3));
    assert.deepEqual(here, threaded);
    assert.equal(progress.at(-1), numbers.length);
    assert.ok(progress.every((d, i) => i === 0 || d > progress[i - 1]!), "progress only grows");
  });

  it("maps a second round of items the first round's results ask for, on the same threads or in this one", async () => {
    // The second round: each odd result once more (none when there is none).
    const odd = (results: readonly number[]) => results.filter((r) => r % 2 === 1);
    for (const threads of [2, 1]) {
      const { first, then } = await mapInWorkersThen(numbers, odd, { module: WORK, setup: { factor: 3 } }, { threads, batch: 4 });
      assert.deepEqual(first, numbers.map((n) => n * 3), `threads ${threads}`);
      assert.deepEqual(then, odd(first).map((n) => n * 3), `threads ${threads}`);
      const none = await mapInWorkersThen([2, 4], odd, { module: WORK, setup: { factor: 2 } }, { threads, batch: 1 });
      assert.deepEqual(none, { first: [4, 8], then: [] });
    }
  });

  it("starts no worker for few items unless told how many threads to use", async () => {
    // minItems is a default only: an explicit thread count is obeyed (the stage test below relies on it).
    const few = [1, 2, 3];
    assert.deepEqual(await mapInWorkers(few, { module: WORK, setup: { factor: 2 } }, { minItems: 500 }), [2, 4, 6]);
    assert.deepEqual(await mapInWorkers(few, { module: WORK, setup: { factor: 2 } }, { threads: 2, batch: 1 }), [2, 4, 6]);
  });

  it("names the item that failed, in a worker thread and in this one", async () => {
    const items = [...numbers.slice(0, 10), -7, ...numbers.slice(10)];
    for (const threads of [1, 2]) {
      await assert.rejects(
        mapInWorkers(items, { module: WORK, setup: { factor: 1 } }, { threads, batch: 4, label: (n) => `number ${n}` }),
        /number -7: .*negative item -7/,
      );
    }
  });
});

describe("worker pool errors for the user", () => {
  it("passes a PipelineError on as it is, without the item label or a stack", async () => {
    for (const threads of [1, 2]) {
      await assert.rejects(mapInWorkers([1, 2, -99, 3], { module: WORK, setup: { factor: 1 } }, { threads, batch: 1, label: (n) => `number ${n}` }), (e: Error) => {
        assert.ok(e instanceof PipelineError, `threads ${threads}: ${e.name}`);
        assert.equal(e.message, "/raw/x.txt changed while the build was running; run it again");
        return true;
      });
    }
  });
});

describe("stages in worker threads", () => {
  it("ingest, translate and extract publish the same bytes from the dev corpus with one thread and with two", async () => {
    const raw = join(ROOT, "test", "corpora", "dev", "raw");
    const one = join(await tempDir(), "out");
    const two = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: one, cacheDir: await tempDir(), threads: 1 });
    await quietBuild({ rawDir: raw, outDir: two, cacheDir: await tempDir(), threads: 2 });
    assert.deepEqual(await readTree(two), await readTree(one));
  });
});
