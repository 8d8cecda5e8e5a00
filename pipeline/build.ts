import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SOURCES, type Artifacts } from "./artifacts.ts";
import { ArtifactCache } from "./core/cache.ts";
import { buildDag, upstreamOf, type Dag } from "./core/dag.ts";
import { PipelineError } from "./core/errors.ts";
import { codeFingerprint, folderHash } from "./core/fingerprint.ts";
import { hashParts, sha256 } from "./core/hash.ts";
import { hook } from "./core/hook.ts";
import { cleanCache, recoverOut } from "./core/leftovers.ts";
import { acquireLock } from "./core/lock.ts";
import { checkOutDir, publish, type PublishResult } from "./core/publish.ts";
import type { Reporter } from "./core/reporter.ts";
import { runPipeline, type StageRecord } from "./core/runner.ts";
import type { RejectedRow } from "./generated/tables.ts";
import { snapshotHash, snapshotRaw } from "./ingest/snapshot.ts";
import { HELD_OUT_FILE, loadQuality, QUALITY_DIR } from "./package/quality.ts";
import { REFERENCE_DIR } from "./registry/index.ts";
import { SCHEMA_DIR, loadTableSpecs } from "./schema/tables.ts";
import { pipelineStages } from "./stages/index.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface BuildRequest {
  readonly rawDir: string;
  readonly outDir: string;
  readonly cacheDir: string;
  readonly reporter: Reporter;
  readonly force?: boolean;
  readonly only?: string;
  /** Fail (and leave out/ as it was) when any raw file is rejected. */
  readonly strict?: boolean;
  /** The reference data (person registry); default `reference/`. */
  readonly referenceDir?: string;
  /** Where the table schemas are; tests point this at a fixture. */
  readonly schemaDir?: string;
  /** The folder holding `eval.json`, the quality figures for the data card; default `quality/`. */
  readonly qualityDir?: string;
  /** Worker threads for per-article work; default: the machine's cores, up to 4. Never changes the output. */
  readonly threads?: number;
  /** How long to wait for another build holding the cache or out/ before giving up; default `$HOIDAM_LOCK_WAIT` or 900. */
  readonly lockWaitSeconds?: number;
}

export interface BuildSummary {
  readonly records: readonly StageRecord[];
  /** What happened to out/: written anew, already identical, or not touched (`--only` without the package stage). */
  readonly published: PublishResult | "skipped";
  readonly outDir: string;
  /** Rows per table, when the build got as far as validation. */
  readonly counts: Readonly<Record<string, number>> | null;
  readonly rejected: readonly RejectedRow[] | null;
  /** People and tenures per country and office kind. */
  readonly registryCounts: Readonly<Record<string, number>> | null;
  readonly ignored: readonly string[];
}

export function pipelineDag(schemaDir: string = SCHEMA_DIR): Dag<Artifacts> {
  return buildDag(pipelineStages(loadTableSpecs(schemaDir)), SOURCES);
}

/**
 * One build at a time per cache and per out/: the build takes the lock of
 * each (`<cache>/hoidam.lock`, then `<out>.lock` beside out/; always in that
 * order, so two builds cannot wait for each other), cleans up what a dead
 * build left there, and refuses a foreign `--out` before any stage runs.
 */
export async function build(req: BuildRequest): Promise<BuildSummary> {
  const outDir = resolve(req.outDir);
  const cacheDir = resolve(req.cacheDir);
  const note = (m: string) => (req.reporter.note ? req.reporter.note(m) : process.stderr.write(`hoidam: ${m}\n`));
  const envWait = process.env.HOIDAM_LOCK_WAIT ? Number(process.env.HOIDAM_LOCK_WAIT) : Number.NaN;
  const timeoutMs = 1000 * (req.lockWaitSeconds ?? (envWait >= 0 ? envWait : 900));
  const releaseCache = await acquireLock(join(cacheDir, "hoidam.lock"), { what: `the cache ${cacheDir}`, timeoutMs, note });
  try {
    const releaseOut = await acquireLock(join(dirname(outDir), `${basename(outDir)}.lock`), { what: outDir, timeoutMs, note });
    try {
      await cleanCache(cacheDir, note);
      await recoverOut(outDir, note);
      hook("locked");
      return await buildLocked(req, outDir);
    } finally {
      await releaseOut();
    }
  } finally {
    await releaseCache();
  }
}

async function buildLocked(req: BuildRequest, outDir: string): Promise<BuildSummary> {
  const rawDir = resolve(req.rawDir);
  const schemaDir = req.schemaDir ?? SCHEMA_DIR;
  const referenceDir = resolve(req.referenceDir ?? REFERENCE_DIR);
  const dag = pipelineDag(schemaDir);
  // A foreign --out is refused before any stage runs, if this build is to publish.
  if (!req.only || upstreamOf(dag, req.only).some((s) => s.writes.includes("package_files"))) await checkOutDir(outDir);
  const raw = await snapshotRaw(rawDir, join(req.cacheDir, "raw-stat.json"));
  // package.json gives the dataset's version, which datapackage.json and the data card state.
  const fingerprint = codeFingerprint(ROOT, ["pipeline"], ["package-lock.json", "package.json"]) + codeFingerprint(schemaDir, ["."], []);

  const result = await runPipeline<Artifacts>({
    dag,
    sources: {
      raw: { value: raw, hash: snapshotHash(raw) },
      reference_files: { value: null, hash: folderHash(referenceDir) },
      quality: loadQuality(resolve(req.qualityDir ?? QUALITY_DIR)),
      held_out: loadQuality(resolve(req.qualityDir ?? QUALITY_DIR), HELD_OUT_FILE),
    },
    cache: new ArtifactCache(req.cacheDir),
    codeFingerprint: fingerprint,
    reporter: req.reporter,
    options: { rawDir, referenceDir, ...(req.threads ? { threads: req.threads } : {}) },
    force: req.force ?? false,
    ...(req.only ? { only: req.only } : {}),
  });

  const rejected = result.has("table:rejected") ? await result.get("table:rejected") : null;
  const counts = result.has("table_counts") ? await result.get("table_counts") : null;
  const registryCounts = result.has("registry_counts") ? await result.get("registry_counts") : null;
  if (req.strict && rejected?.length) {
    throw new PipelineError(`--strict: ${rejected.length} raw file(s) rejected (${rejected.map((r) => `${r.source_file}: ${r.reason}`).join("; ")}); ${outDir} was left as it was`);
  }
  let published: BuildSummary["published"] = "skipped";
  // out/ is the tables, their pictures and their description; published only when all were made (not after `--only write`).
  if (result.has("package_files")) {
    // The cache's hashes of the two artifacts identify the files: a warm build neither loads nor hashes them.
    published = await publish(outDir, {
      hash: hashParts(["table_files", result.hashOf("table_files"), "picture_files", result.hashOf("picture_files"), "package_files", result.hashOf("package_files")]),
      files: async () => ({ ...(await result.get("table_files")), ...(await result.get("picture_files")), ...(await result.get("package_files")) }),
      check: matchesDescriptor,
    });
  }
  return { records: result.records, published, outDir, counts, rejected, registryCounts, ignored: raw.ignored };
}

/** Each file `datapackage.json` describes is there with the size and SHA-256 it states: what is published is what is described. */
export function matchesDescriptor(files: Readonly<Record<string, Uint8Array>>): void {
  const descriptor = files["datapackage.json"];
  if (!descriptor) return;
  const { resources = [] } = JSON.parse(Buffer.from(descriptor).toString("utf8")) as { resources?: { path?: string; bytes?: number; hash?: string }[] };
  for (const r of resources) {
    const bytes = r.path === undefined ? undefined : files[r.path];
    if (!bytes || (r.bytes !== undefined && r.bytes !== bytes.length) || (r.hash !== undefined && r.hash !== `sha256:${sha256(bytes)}`)) {
      throw new PipelineError(`${r.path}: not the file datapackage.json describes (its size or SHA-256 differs); nothing was published. Build again with --force.`);
    }
  }
}
