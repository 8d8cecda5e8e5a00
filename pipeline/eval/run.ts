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
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { build, ROOT } from "../build.ts";
import { PipelineError, UsageError } from "../core/errors.ts";
import { memoryReporter } from "../core/reporter.ts";
import { readGold } from "./gold.ts";
import { checkTargets, checkTargetsShape, formatFigures, stableJson, type Report, type Targets } from "./report.ts";
import { score, type Figures } from "./score.ts";
import { readTables } from "./tables.ts";

const CORPORA_DIR = join(ROOT, "test", "corpora");
const QUALITY_DIR = join(ROOT, "quality");
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

  const corpora = findCorpora(CORPORA_DIR);
  const cacheRoot = join(process.env.HOIDAM_CACHE ?? join(ROOT, ".cache"), "eval");
  const work = await mkdtemp(join(tmpdir(), "hoidam-eval-"));
  const report: Record<string, Figures> = {};
  try {
    for (const corpus of corpora) {
      const dir = join(CORPORA_DIR, corpus);
      const gold = readGold(join(dir, "gold.json"));
      const outDir = join(work, corpus);
      const started = performance.now();
      const reporter = memoryReporter();
      try {
        await build({ rawDir: join(dir, "raw"), outDir, cacheDir: join(cacheRoot, corpus), reporter });
      } catch (e) {
        if (e instanceof PipelineError) throw new PipelineError(`building corpus '${corpus}': ${e.message}`, e.exitCode);
        throw e;
      }
      if (values.verbose) for (const line of reporter.lines.filter((l) => l.startsWith("warn "))) process.stderr.write(`eval: ${corpus}: ${line}\n`);
      const result = score(gold, readTables(outDir));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stderr.write(`eval: ${corpus}: built and scored in ${seconds}s${values.keep ? `, tables in ${outDir}` : ""}\n`);
      process.stdout.write(formatFigures(corpus, result.figures, values.verbose ? result.detail : undefined) + "\n");
      report[corpus] = result.figures;
    }
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }

  const written = await writeReport(report);
  process.stdout.write(`wrote ${relative(process.cwd(), written) || written}\n`);
  if (!values.check) return 0;
  const failures = checkTargets(report, readTargets(join(QUALITY_DIR, "targets.json")));
  if (failures.length === 0) {
    process.stdout.write("check: every figure meets its target in quality/targets.json\n");
    return 0;
  }
  process.stdout.write(`check: ${failures.length} figure(s) below target in quality/targets.json:\n${failures.map((f) => `  ${f}\n`).join("")}`);
  return 1;
}

/** The folders under test/corpora holding a gold.json and a raw/ folder, sorted. */
function findCorpora(dir: string): string[] {
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
  const corpora = names.filter((n) => existsSync(join(dir, n, "gold.json")) && existsSync(join(dir, n, "raw")));
  if (corpora.length === 0) throw new PipelineError(`no gold corpus under ${dir} (each needs gold.json and raw/)`, 2);
  return corpora;
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

function readTargets(path: string): Targets {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new PipelineError(`cannot read targets ${path}: ${(e as Error).message}`, 2);
  }
  const problem = checkTargetsShape(json);
  if (problem) throw new PipelineError(`targets ${path}: ${problem}`, 2);
  return json as Targets;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof PipelineError) {
      process.stderr.write(`eval: ${e.message}\n`);
      process.exit(e.exitCode === 1 ? 2 : e.exitCode);
    }
    process.stderr.write(`eval: unexpected error (a bug; please report it):\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(70);
  },
);
