/**
 * hoidam's command line.
 *
 *   npm run build-data -- [--raw DIR] [--out DIR] [--only STAGE] [--force] [--strict] [--cache DIR] [--threads N] [--wait S]
 *   npm run dag -- [--format text|mermaid|dot]
 *   npm run release -- [--raw DIR] [--out DIR] [--cache DIR] [--strict] [--threads N] [--dist DIR]
 */
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { build, pipelineDag, ROOT, type BuildSummary } from "./build.ts";
import { renderDag } from "./core/dag.ts";
import { PipelineError, UsageError } from "./core/errors.ts";
import { streamReporter } from "./core/reporter.ts";
import { packRelease } from "./release/pack.ts";

const USAGE = `usage:
  npm run build-data -- [--raw DIR] [--out DIR] [--only STAGE] [--force] [--strict] [--cache DIR] [--threads N] [--wait S]
  npm run dag -- [--format text|mermaid|dot]
  npm run release -- [--raw DIR] [--out DIR] [--cache DIR] [--strict] [--threads N] [--dist DIR]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "build") return runBuild(rest);
  if (command === "dag") return runDag(rest);
  if (command === "release") return runRelease(rest);
  throw new UsageError(`unknown command '${command ?? ""}'\n${USAGE}`);
}

const BUILD_OPTIONS = {
  raw: { type: "string", default: join(ROOT, "raw") },
  out: { type: "string", default: join(ROOT, "out") },
  cache: { type: "string", default: process.env.HOIDAM_CACHE ?? join(ROOT, ".cache") },
  only: { type: "string" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  threads: { type: "string" },
  wait: { type: "string" },
} as const;

async function runBuild(args: string[]): Promise<number> {
  const { values } = usage(() => parseArgs({ args, strict: true, options: BUILD_OPTIONS }));
  await buildAndReport(values);
  return 0;
}

/** Build (from the cache where fresh) and print the summary; `npm run build-data` and the first half of a release. */
async function buildAndReport(values: { raw: string; out: string; cache: string; only?: string; force: boolean; strict: boolean; threads?: string; wait?: string }): Promise<BuildSummary> {
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new UsageError(`--threads ${values.threads}: expected a whole number, 1 or more\n${USAGE}`);
  const wait = values.wait === undefined ? undefined : Number(values.wait);
  if (wait !== undefined && !(wait >= 0)) throw new UsageError(`--wait ${values.wait}: expected a number of seconds\n${USAGE}`);
  const started = performance.now();
  process.stderr.write(`hoidam: building ${show(values.raw)} → ${show(values.out)}\n`);
  const summary = await build({
    rawDir: values.raw,
    outDir: values.out,
    cacheDir: values.cache,
    reporter: streamReporter(process.stderr),
    force: values.force,
    strict: values.strict,
    ...(values.only ? { only: values.only } : {}),
    ...(threads ? { threads } : {}),
    ...(wait !== undefined ? { lockWaitSeconds: wait } : {}),
  });
  process.stderr.write(formatSummary(summary, (performance.now() - started) / 1000));
  return summary;
}

/** Build out/ (so the release matches the code and data it is made from), then pack it. */
async function runRelease(args: string[]): Promise<number> {
  const { raw, out, cache, force, strict, threads, wait } = BUILD_OPTIONS;
  const { values } = usage(() =>
    parseArgs({ args, strict: true, options: { raw, out, cache, force, strict, threads, wait, dist: { type: "string", default: join(ROOT, "dist") } } }),
  );
  await buildAndReport(values);
  const r = await packRelease({ outDir: values.out, distDir: values.dist });
  process.stdout.write(`${show(r.path)}  ${r.bytes} bytes  sha256 ${r.sha256}\n`);
  return 0;
}

function runDag(args: string[]): number {
  const { values } = usage(() => parseArgs({ args, strict: true, options: { format: { type: "string", default: "text" } } }));
  const format = values.format;
  if (format !== "text" && format !== "mermaid" && format !== "dot") throw new UsageError(`--format must be text, mermaid or dot, not '${format}'`);
  process.stdout.write(renderDag(pipelineDag(), format));
  return 0;
}

export function formatSummary(s: BuildSummary, seconds: number): string {
  const lines: string[] = [];
  const ran = s.records.filter((r) => r.status !== "fresh").length;
  lines.push(`stages: ${s.records.length} (${ran} ran, ${s.records.length - ran} from cache)`);
  if (s.counts) {
    const width = Math.max(...Object.keys(s.counts).map((k) => k.length));
    lines.push("tables:");
    for (const [name, n] of Object.entries(s.counts)) lines.push(`  ${name.padEnd(width)} ${String(n).padStart(7)} rows`);
  }
  if (s.registryCounts) {
    const parts = Object.entries(s.registryCounts);
    lines.push(`registry: ${parts.filter(([k]) => k.startsWith("people")).map(([k, n]) => `${n} ${k.replace("people ", "")} people`).join(", ")}; tenures by office kind:`);
    for (const country of ["VN", "JP"]) {
      const row = parts.filter(([k]) => k.startsWith(`tenures ${country} `)).map(([k, n]) => `${k.split(" ")[2]} ${n}`);
      if (row.length) lines.push(`  ${country}: ${row.join(", ")}`);
    }
  }
  if (s.rejected) {
    lines.push(s.rejected.length ? `rejected: ${s.rejected.length} file(s)` : "rejected: none");
    for (const r of s.rejected) lines.push(`  ${r.source_file}: ${r.reason}: ${r.detail}`);
  }
  if (s.ignored.length) lines.push(`ignored (not .txt): ${s.ignored.join(", ")}`);
  const where = show(s.outDir);
  lines.push(
    s.published === "written" ? `wrote ${where}` : s.published === "unchanged" ? `${where} is up to date` : `${where} not touched (--only without the package stage)`,
  );
  lines.push(`done in ${seconds.toFixed(2)}s`);
  return lines.join("\n") + "\n";
}

/** Turn parseArgs' complaints into a usage error. */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
}

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof PipelineError) {
      process.stderr.write(`hoidam: ${e.message}\n`);
      process.exit(e.exitCode);
    }
    process.stderr.write(`hoidam: unexpected error (a bug; please report it):\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(70);
  },
);
