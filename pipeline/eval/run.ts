/**
 * npm run eval -- [--verbose] [--check] [--keep]
 *
 * Builds every gold corpus under `test/corpora/<corpus>/` (its `raw/`) into
 * a temporary folder, scores the tables against its `gold.json`, prints the
 * figures and writes them to `quality/eval.json`, which the data card
 * quotes. Low scores are not an error; `--check` exits 1 when a figure is
 * below its target in `quality/targets.json`.
 *
 *   --verbose   list what was missed, what was spurious and what was wrong
 *   --check     compare with quality/targets.json; exit 1 on any shortfall
 *   --keep      keep the built tables (their folder is printed)
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../build.ts";
import { UsageError } from "../core/errors.ts";
import { evaluateCorpora } from "./corpora.ts";
import { checkTargets, formatFigures, readTargets, stableJson, type Report } from "./report.ts";
import { runTool } from "./tool.ts";

const QUALITY_DIR = join(ROOT, "quality");
const TARGETS_FILE = join(QUALITY_DIR, "targets.json");
const USAGE = "usage: npm run eval -- [--verbose] [--check] [--keep]";

async function main(argv: string[]): Promise<number> {
  let values: { verbose: boolean; check: boolean; keep: boolean };
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: { verbose: { type: "boolean", default: false }, check: { type: "boolean", default: false }, keep: { type: "boolean", default: false } },
    }).values;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }

  const cacheRoot = join(process.env.HOIDAM_CACHE ?? join(ROOT, ".cache"), "eval");
  const { figures: report, work } = await evaluateCorpora({
    cacheRoot,
    keep: values.keep,
    onCorpus: ({ corpus, result, seconds, warnings }) => {
      if (values.verbose) for (const line of warnings) process.stderr.write(`eval: ${corpus}: ${line}\n`);
      process.stderr.write(`eval: ${corpus}: built and scored in ${seconds.toFixed(1)}s\n`);
      process.stdout.write(formatFigures(corpus, result.figures, values.verbose ? result.detail : undefined) + "\n");
    },
  });
  if (values.keep) process.stderr.write(`eval: tables kept in ${work}\n`);

  const written = await writeReport(report);
  process.stdout.write(`wrote ${relative(process.cwd(), written) || written}\n`);
  if (!values.check) return 0;
  const failures = checkTargets(report, readTargets(TARGETS_FILE));
  if (failures.length === 0) {
    process.stdout.write("check: every figure meets its target in quality/targets.json\n");
    return 0;
  }
  process.stdout.write(`check: ${failures.length} figure(s) below target in quality/targets.json:\n${failures.map((f) => `  ${f}\n`).join("")}`);
  return 1;
}

/** Write quality/eval.json through a temporary file, so a reader never sees half of it. */
async function writeReport(report: Report): Promise<string> {
  await mkdir(QUALITY_DIR, { recursive: true });
  const path = join(QUALITY_DIR, "eval.json");
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, stableJson(report));
  await rename(tmp, path);
  return path;
}

runTool("eval", main);
