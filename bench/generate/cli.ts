/**
 * Write a synthetic corpus (for measurement only):
 *
 *   node --import tsx bench/generate/cli.ts --count 1000 --dir /tmp/corpus [--seed 20240603]
 *
 * Files go to <dir>/raw/<year>/, the ground truth to <dir>/truth.tsv.
 */
import { parseArgs } from "node:util";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { DEFAULT_SEED, writeCorpus } from "./corpus.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "1000" }, dir: { type: "string" }, seed: { type: "string", default: String(DEFAULT_SEED) } },
    strict: true,
  });
  if (!values.dir) throw new Error("usage: bench/generate/cli.ts --count N --dir DIR [--seed S]");
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not '${values.count}'`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not '${values.seed}'`);
  const started = performance.now();
  const summary = writeCorpus(await loadRegistry(), values.dir, count, seed);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify(summary)}\nwrote ${count} articles (${(summary.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)}s\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
