/**
 * One build in its own process, so that its peak memory is its own:
 *
 *   node --import tsx bench/build-child.ts --raw DIR --out DIR --cache DIR [--only STAGE] [--verbose]
 *
 * Calls `build()` from pipeline/build.ts (what `npm run build-data` does)
 * and prints one JSON line on stdout: wall seconds of build(), the stage
 * records (with the RSS when each stage ended and the peak RSS while it
 * ran, see rss-sampler.ts), table counts, and this
 * process's peak RSS and CPU time from `process.resourceUsage()`. Stage
 * lines go to stderr with --verbose.
 */
import { parseArgs } from "node:util";
import { build } from "../pipeline/build.ts";
import { streamReporter, type Reporter } from "../pipeline/core/reporter.ts";
import { startRssSampler, type RssSampler } from "./rss-sampler.ts";

export interface ChildResult {
  readonly seconds: number;
  readonly records: readonly { readonly id: string; readonly status: string; readonly seconds: number; readonly items: number | null; readonly rssAfterKB: number; readonly peakRssKB: number }[];
  readonly counts: Readonly<Record<string, number>> | null;
  readonly rejected: number | null;
  readonly published: string;
  /** Peak resident set size of this process, in kilobytes (getrusage ru_maxrss). */
  readonly maxRssKB: number;
  readonly userCpuSeconds: number;
  readonly systemCpuSeconds: number;
}

const silent: Reporter = { stageStart() {}, progress() {}, stageEnd() {}, warn() {} };

/** Resident set size when each stage ended (its outputs built and stored), in kilobytes. */
const rssAfter = new Map<string, number>();
/** Peak resident set size while each stage ran (loading its inputs, running, storing its outputs), in kilobytes. */
const peakDuring = new Map<string, number>();

function measuring(inner: Reporter, sampler: RssSampler): Reporter {
  return {
    ...inner,
    stageStart(id) {
      sampler.reset();
      inner.stageStart(id);
    },
    stageEnd(record) {
      rssAfter.set(record.id, Math.round(process.memoryUsage.rss() / 1024));
      peakDuring.set(record.id, sampler.peakKB());
      inner.stageEnd(record);
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { raw: { type: "string" }, out: { type: "string" }, cache: { type: "string" }, only: { type: "string" }, verbose: { type: "boolean", default: false } },
    strict: true,
  });
  if (!values.raw || !values.out || !values.cache) throw new Error("usage: bench/build-child.ts --raw DIR --out DIR --cache DIR [--only STAGE] [--verbose]");
  const sampler = startRssSampler();
  const started = performance.now();
  const summary = await build({
    rawDir: values.raw,
    outDir: values.out,
    cacheDir: values.cache,
    reporter: measuring(values.verbose ? streamReporter(process.stderr) : silent, sampler),
    ...(values.only ? { only: values.only } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  await sampler.stop();
  const usage = process.resourceUsage();
  const result: ChildResult = {
    seconds,
    records: summary.records.map((r) => ({ id: r.id, status: r.status, seconds: r.seconds, items: r.items, rssAfterKB: rssAfter.get(r.id) ?? 0, peakRssKB: peakDuring.get(r.id) ?? 0 })),
    counts: summary.counts,
    rejected: summary.rejected?.length ?? null,
    published: summary.published,
    maxRssKB: usage.maxRSS,
    userCpuSeconds: usage.userCPUTime / 1e6,
    systemCpuSeconds: usage.systemCPUTime / 1e6,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`build-child: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
