/**
 * Benchmark at scale:
 *
 *   npm run bench -- [--sizes 1000,10000,100000] [--seed N] [--corpora DIR]
 *                    [--results FILE] [--profile DIR] [--timeout SECONDS]
 *                    [--only STAGE] [--verbose]
 *
 * For each size: generate a synthetic corpus (bench/generate/), build it
 * cold (fresh cache and out dirs) and then warm (nothing changed), each
 * build in its own process (bench/build-child.ts) so its peak RSS is its
 * own; print per stage items, seconds and items per second, check the
 * reprint links against the corpus's ground truth, and write the figures
 * to bench/results.json with the verdicts on the targets.
 *
 * --corpora DIR   keep the corpora there and reuse them while seed, size and
 *                 generator are unchanged (default: a temp dir, removed)
 * --profile DIR   run the cold builds with --cpu-prof, profiles into DIR
 *                 (summarise with bench/profile.ts)
 * --timeout S     kill a build that runs longer than S seconds
 * --only STAGE    build only that stage and what it needs (a diagnostic:
 *                 the figures are not those of a full build)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ROOT } from "../pipeline/build.ts";
import { codeFingerprint } from "../pipeline/core/fingerprint.ts";
import { loadRegistry, type Registry } from "../pipeline/registry/index.ts";
import { DEFAULT_SEED, generatorFingerprint, readTruth, SUMMARY_FILE, writeCorpus, type CorpusSummary } from "./generate/corpus.ts";
import { runBuild, type BuildDirs } from "./measure.ts";
import { runWeb, WEB_DEFAULTS } from "./web.ts";
import { assessQuality } from "./quality.ts";
import { runTable, summaryTable } from "./report.ts";
import { buildFigures, judge, machine, type CorpusFigures, type Results, type RunFigures } from "./results.ts";

const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));

interface Options {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly corpora: string | null;
  readonly results: string;
  readonly profile: string | null;
  readonly timeout: number;
  readonly only: string | null;
  readonly verbose: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sizes: { type: "string", default: "1000,10000" },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      corpora: { type: "string" },
      results: { type: "string", default: join(BENCH_DIR, "results.json") },
      profile: { type: "string" },
      timeout: { type: "string", default: "0" },
      only: { type: "string" },
      verbose: { type: "boolean", default: false },
    },
  });
  const sizes = values.sizes.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be positive integers, not '${values.sizes}'`);
  const seed = Number(values.seed);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not '${values.seed}'`);
  if (!(timeout >= 0)) throw new Error(`--timeout must be a number of seconds, not '${values.timeout}'`);
  return {
    sizes,
    seed,
    corpora: values.corpora ? resolve(values.corpora) : null,
    results: resolve(values.results),
    profile: values.profile ? resolve(values.profile) : null,
    timeout,
    only: values.only ?? null,
    verbose: values.verbose,
  };
}

/** The corpus of `size` articles in `dir`, generated unless an identical one is there. */
function corpusIn(registry: Registry, dir: string, size: number, seed: number): CorpusFigures {
  const summaryPath = join(dir, SUMMARY_FILE);
  if (existsSync(summaryPath)) {
    const s = JSON.parse(readFileSync(summaryPath, "utf8")) as CorpusSummary;
    if (s.seed === seed && s.count === size && s.generator === generatorFingerprint()) return corpusFigures(s, null);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const s = writeCorpus(registry, dir, size, seed);
  return corpusFigures(s, (performance.now() - started) / 1000);
}

function corpusFigures(s: CorpusSummary, generateSeconds: number | null): CorpusFigures {
  return {
    files: s.count,
    megabytes: Math.round((s.bytes / 1e6) * 10) / 10,
    originals: s.originals,
    reprints: s.reprints,
    garbled: s.garbled,
    generateSeconds: generateSeconds === null ? null : Math.round(generateSeconds * 100) / 100,
  };
}

/** What the build's cache keys depend on besides the inputs: pipeline code and locked dependencies. */
function pipelineFingerprint(): string {
  return codeFingerprint(ROOT, ["pipeline"], ["package-lock.json"]).slice(0, 16);
}

async function benchSize(registry: Registry, work: string, size: number, o: Options): Promise<RunFigures> {
  const corpusDir = o.corpora ? join(o.corpora, `n${size}-seed${o.seed}`) : join(work, `corpus-${size}`);
  process.stderr.write(`bench: ${size} articles: corpus in ${corpusDir}\n`);
  const corpus = corpusIn(registry, corpusDir, size, o.seed);
  const buildDir = join(work, `build-${size}`);
  rmSync(buildDir, { recursive: true, force: true });
  const dirs: BuildDirs = { raw: join(corpusDir, "raw"), out: join(buildDir, "out"), cache: join(buildDir, "cache") };
  const spawnOpts = { timeoutSeconds: o.timeout, verbose: o.verbose, only: o.only };
  let cold: RunFigures["cold"] = null;
  let warm: RunFigures["warm"] = null;
  let quality: RunFigures["quality"] = null;
  let error: string | null = null;
  let warmNote: string | null = null;
  try {
    process.stderr.write(`bench: ${size} articles: cold build\n`);
    // Each thread writes its own profile (tsx's loader runs in a worker): into a directory of
    // their own, then the main thread's, the largest, is kept as cold-<size>.cpuprofile.
    const profileDir = o.profile ? join(o.profile, `cold-${size}.threads`) : null;
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    const profile = profileDir ? ["--cpu-prof", "--cpu-prof-interval", "5000", "--cpu-prof-dir", profileDir] : [];
    let code = pipelineFingerprint();
    cold = buildFigures(await runBuild(dirs, { ...spawnOpts, nodeArgs: profile }), code);
    if (profileDir) keepMainProfile(profileDir, join(o.profile!, `cold-${size}.cpuprofile`));
    // Every cache key depends on pipeline/: if someone edits it meanwhile, the warm build reruns
    // stages. Then build again (the cache now holds the new code's outputs), up to three times;
    // a warm build with unchanged code that reruns stages is a finding, reported as such.
    for (let attempt = 1; ; attempt++) {
      process.stderr.write(`bench: ${size} articles: warm build${attempt > 1 ? ` (again: pipeline/ changed)` : ""}\n`);
      const previous = code;
      code = pipelineFingerprint();
      warm = buildFigures(await runBuild(dirs, spawnOpts), code);
      if (warm.stages.every((st) => st.status === "fresh")) break;
      if (code === previous) {
        warmNote = "stages reran on a warm build with nothing changed";
        break;
      }
      if (attempt === 3) {
        warmNote = "pipeline/ kept changing: no warm build with unchanged code";
        break;
      }
      warmNote = `pipeline/ changed between builds: warm measured on warm build ${attempt + 1}`;
    }
    if (!o.only) quality = assessQuality(dirs.out, readTruth(corpusDir));
  } catch (e) {
    error = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    if (o.verbose && e instanceof Error) process.stderr.write(`${e.message}\n`);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
    if (!o.corpora) rmSync(corpusDir, { recursive: true, force: true });
  }
  return { size, corpus, cold, warm, warmNote, quality, error };
}

/** The largest profile in `dir` (the thread that did the work) moved to `to`; `dir` removed. */
function keepMainProfile(dir: string, to: string): void {
  const files = readdirSync(dir).map((f) => join(dir, f));
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (largest) renameSync(largest, to);
  rmSync(dir, { recursive: true, force: true });
}

/** `--web`: the web variant (bench/web.ts), with its own options. */
async function web(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      web: { type: "boolean" },
      relevant: { type: "string", default: String(WEB_DEFAULTS.relevant) },
      ratio: { type: "string", default: String(WEB_DEFAULTS.ratio) },
      rounds: { type: "string", default: String(WEB_DEFAULTS.rounds) },
      seed: { type: "string", default: String(WEB_DEFAULTS.seed) },
      corpora: { type: "string" },
      results: { type: "string", default: join(BENCH_DIR, "results-web.json") },
    },
  });
  const int = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, not '${v}'`);
    return n;
  };
  const r = await runWeb({
    relevant: int("relevant", values.relevant, 1),
    ratio: int("ratio", values.ratio, 1),
    rounds: int("rounds", values.rounds, 1),
    seed: int("seed", values.seed, -(2 ** 31)),
    corpora: values.corpora ?? null,
    results: values.results,
  });
  if (r.problems.length) process.exitCode = 1;
}

async function main(): Promise<void> {
  if (process.argv.includes("--web")) return web(process.argv.slice(2));
  const o = options(process.argv.slice(2));
  if (o.profile) mkdirSync(o.profile, { recursive: true });
  const registry = await loadRegistry();
  const work = await mkdtemp(join(tmpdir(), "hoidam-bench-"));
  const runs: RunFigures[] = [];
  try {
    for (const size of o.sizes) {
      const run = await benchSize(registry, work, size, o);
      runs.push(run);
      process.stdout.write(`\n${runTable(run)}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const targets = o.only ? judge([]) : judge(runs);
  process.stdout.write(`\n${summaryTable(runs, targets)}\n`);
  const pipeline = pipelineFingerprint();
  const results: Results = { machine: machine(), pipeline, only: o.only, seed: o.seed, generator: generatorFingerprint(), runs, targets };
  writeFileSync(o.results, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwrote ${o.results}${o.profile ? `; CPU profiles of the cold builds in ${o.profile}` : ""}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
