/**
 * The benchmark's figures, as written to bench/results.json: plain data
 * with a fixed key order (objects are built key by key here, and table
 * counts are sorted), so two runs diff line by line and only the
 * measurements differ.
 */
import { cpus, totalmem } from "node:os";
import type { ChildResult } from "./build-child.ts";
import type { BuildRun } from "./measure.ts";
import type { Quality } from "./quality.ts";

export interface StageFigures {
  readonly id: string;
  readonly status: string;
  readonly items: number | null;
  readonly seconds: number;
  readonly itemsPerSecond: number | null;
  /** Resident set size when the stage ended. */
  readonly rssAfterMB: number;
  /** Peak resident set size of the process while the stage ran (its inputs loaded, outputs stored). */
  readonly peakRssMB: number;
}

export interface BuildFigures {
  /** Fingerprint of pipeline/ and package-lock.json when the build started (what its cache keys hold). */
  readonly pipeline: string;
  /** 1-minute load average when the build started: other work on the machine skews timings. */
  readonly loadAverage: number;
  /** Seconds of bench/speed-check.ts's fixed work just before the build: compare builds by it (higher = a slower machine then). */
  readonly speedCheckSeconds: number;
  /** Spawn to exit, Node and tsx start-up included: what a user waits for. */
  readonly processSeconds: number;
  /** Inside build(). */
  readonly buildSeconds: number;
  /** build() time outside any stage record: raw snapshot, code fingerprint, DAG, publishing out/. */
  readonly outsideStagesSeconds: number;
  readonly peakRssMB: number;
  readonly cpuSeconds: number;
  readonly stages: readonly StageFigures[];
  readonly counts: Readonly<Record<string, number>> | null;
}

export interface CorpusFigures {
  readonly files: number;
  readonly megabytes: number;
  readonly originals: number;
  readonly reprints: number;
  readonly garbled: number;
  /** Null when an existing corpus was reused. */
  readonly generateSeconds: number | null;
}

export interface RunFigures {
  readonly size: number;
  readonly corpus: CorpusFigures;
  readonly cold: BuildFigures | null;
  readonly warm: BuildFigures | null;
  /** Set when the warm build was not a plain second build (see run.ts). */
  readonly warmNote: string | null;
  readonly quality: Quality | null;
  /** Why cold or warm is missing (timeout, failure). */
  readonly error: string | null;
}

export interface Verdict {
  readonly target: string;
  readonly limit: string;
  readonly measured: string;
  readonly status: "pass" | "fail" | "not measured";
}

export interface Results {
  readonly machine: { readonly node: string; readonly platform: string; readonly cpus: number; readonly cpuModel: string; readonly memoryGB: number };
  /** Fingerprint of pipeline/ and package-lock.json when the results were written (each build records its own). */
  readonly pipeline: string;
  /** Set when only one stage (and what it needs) was built: not a full build, targets not judged. */
  readonly only: string | null;
  readonly seed: number;
  readonly generator: string;
  readonly runs: readonly RunFigures[];
  readonly targets: readonly Verdict[];
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function machine(): Results["machine"] {
  const list = cpus();
  return { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: list.length, cpuModel: list[0]?.model.trim() ?? "unknown", memoryGB: round(totalmem() / 2 ** 30, 1) };
}

export function buildFigures(run: BuildRun, pipeline: string): BuildFigures {
  const c: ChildResult = run.child;
  const inStages = c.records.reduce((s, r) => s + r.seconds, 0);
  return {
    pipeline,
    loadAverage: round(run.loadAverage, 2),
    speedCheckSeconds: round(run.speedCheckSeconds),
    processSeconds: round(run.processSeconds),
    buildSeconds: round(c.seconds),
    outsideStagesSeconds: round(Math.max(0, c.seconds - inStages)),
    peakRssMB: round(c.maxRssKB / 1024, 1),
    cpuSeconds: round(c.userCpuSeconds + c.systemCpuSeconds),
    stages: c.records.map((r) => ({
      id: r.id,
      status: r.status,
      items: r.items,
      seconds: round(r.seconds),
      itemsPerSecond: r.items !== null && r.seconds > 0 && r.status !== "fresh" ? Math.round(r.items / r.seconds) : null,
      rssAfterMB: round(r.rssAfterKB / 1024, 1),
      peakRssMB: round(r.peakRssKB / 1024, 1),
    })),
    counts: c.counts ? Object.fromEntries(Object.entries(c.counts).sort(([a], [b]) => (a < b ? -1 : 1))) : null,
  };
}

/** The targets of the issue, judged on process wall time (start-up included) and peak RSS. */
export function judge(runs: readonly RunFigures[]): Verdict[] {
  const at = (n: number) => runs.find((r) => r.size === n);
  const big = at(100_000);
  const mid = at(10_000);
  const v = (target: string, limit: string, value: number | undefined, ok: (x: number) => boolean, show: (x: number) => string): Verdict =>
    value === undefined ? { target, limit, measured: "-", status: "not measured" } : { target, limit, measured: show(value), status: ok(value) ? "pass" : "fail" };
  const s = (x: number) => `${x.toFixed(2)} s`;
  const ratio = big?.cold && mid?.cold ? big.cold.processSeconds / mid.cold.processSeconds : undefined;
  const stage = (run: RunFigures | undefined, id: string) => run?.cold?.stages.find((st) => st.id === id && st.status !== "fresh");
  const bigDedupe = stage(big, "dedupe")?.seconds;
  const midDedupe = stage(mid, "dedupe")?.seconds;
  const dedupeRatio = bigDedupe !== undefined && midDedupe ? bigDedupe / midDedupe : undefined;
  return [
    v("cold build, 100,000 articles", "< 60 s", big?.cold?.processSeconds, (x) => x < 60, s),
    v("peak memory of that build", "< 2 GiB", big?.cold?.peakRssMB, (x) => x < 2048, (x) => `${x.toFixed(0)} MiB`),
    v("warm rebuild, nothing changed, 100,000", "< 2 s", big?.warm?.processSeconds, (x) => x < 2, s),
    v("cold 100k / cold 10k", "<= 12x", ratio, (x) => x <= 12, (x) => `${x.toFixed(1)}x`),
    // The dedupe stage's own targets (its issue): time, growth, and the process's peak while it ran.
    v("dedupe stage, 100,000 articles", "< 30 s", stage(big, "dedupe")?.seconds, (x) => x < 30, s),
    v("dedupe 100k / dedupe 10k", "<= 12x", dedupeRatio, (x) => x <= 12, (x) => `${x.toFixed(1)}x`),
    v("peak memory while dedupe ran, 100,000", "< 1.5 GiB", stage(big, "dedupe")?.peakRssMB, (x) => x < 1536, (x) => `${x.toFixed(0)} MiB`),
  ];
}
