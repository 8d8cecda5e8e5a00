/**
 * npm run metamorphic -- [--verbose] [--write] [--only ID,ID]
 *
 * Rewrites every gold article of every corpus in ways that must not change
 * the answer (issues #15 and #16), rebuilds, and reports per transformation
 * how many articles keep their answer, listing those that do not (article
 * file and what changed). `--write` records today's holding and failing
 * articles in quality/metamorphic.json, which test/metamorphic.test.ts
 * guards. Exit 0 whatever the figures; 2 on an error.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../../build.ts";
import { UsageError } from "../../core/errors.ts";
import { formatResults, RECORD_FILE, toRecord } from "./report.ts";
import { runMetamorphic } from "./runner.ts";
import { runTool } from "../tool.ts";

const USAGE = "usage: npm run metamorphic -- [--verbose] [--write] [--only ID,ID]";

async function main(argv: string[]): Promise<number> {
  let values: { verbose: boolean; write: boolean; only?: string };
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: { verbose: { type: "boolean", default: false }, write: { type: "boolean", default: false }, only: { type: "string" } },
    }).values;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.write && values.only) throw new UsageError(`--write records every transformation: leave out --only\n${USAGE}`);
  const started = performance.now();
  const results = await runMetamorphic({
    cacheRoot: join(process.env.HOIDAM_CACHE ?? join(ROOT, ".cache"), "metamorphic"),
    ...(values.only ? { only: values.only.split(",") } : {}),
    onBuild: (corpus, what) => process.stderr.write(`metamorphic: ${corpus}: building ${what}\n`),
  });
  process.stdout.write(formatResults(results, values.verbose) + "\n");
  process.stderr.write(`metamorphic: done in ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
  if (values.write) {
    await mkdir(join(ROOT, "quality"), { recursive: true });
    const tmp = `${RECORD_FILE}.tmp-${process.pid}`;
    await writeFile(tmp, JSON.stringify(toRecord(results), null, 2) + "\n");
    await rename(tmp, RECORD_FILE);
    process.stdout.write("wrote quality/metamorphic.json\n");
  }
  return 0;
}

runTool("metamorphic", main);
