import { CacheDamagedError, type ArtifactCache, type CachedArtifact, type CacheEntry } from "./cache.ts";
import { upstreamOf, type Dag } from "./dag.ts";
import { PipelineError, StageFailedError } from "./errors.ts";
import { hashParts } from "./hash.ts";
import { collectGarbage } from "./memory.ts";
import type { Reporter } from "./reporter.ts";
import type { AnyStage, ArtifactMap, BuildOptions, StageContext } from "./stage.ts";

/** How a stage's outputs were obtained in this run (OWID's fresh/stale/missing, plus forced). */
export type StageStatus = "fresh" | "stale" | "missing" | "forced";

export interface StageRecord {
  readonly id: string;
  readonly status: StageStatus;
  readonly seconds: number;
  readonly items: number | null;
  readonly warnings: readonly string[];
}

export interface SourceValue<T = unknown> {
  readonly value: T;
  /** Content hash of the source; the cache keys of its readers are made from it. */
  readonly hash: string;
}

export interface RunRequest<A extends ArtifactMap> {
  readonly dag: Dag<A>;
  readonly sources: { readonly [name: string]: SourceValue };
  readonly cache: ArtifactCache;
  /** Hash of the pipeline's code, schemas and dependencies; part of every cache key. */
  readonly codeFingerprint: string;
  readonly reporter: Reporter;
  readonly options: BuildOptions;
  /** Ignore cached outputs and run every selected stage. */
  readonly force?: boolean;
  /** Run only this stage and what it needs. */
  readonly only?: string;
}

export interface RunResult<A extends ArtifactMap> {
  readonly records: readonly StageRecord[];
  /** The value of an artifact produced (or loaded) in this run. */
  get<K extends keyof A & string>(name: K): Promise<A[K]>;
  has(name: string): boolean;
  hashOf(name: string): string;
}

/**
 * Runs the stages in topological order. A stage whose cache key (its id,
 * version, the code fingerprint and the hashes of its inputs) has an entry
 * in the cache is fresh: its outputs are not even loaded unless a later
 * stage that must run needs them. Otherwise it runs and its outputs are
 * stored under that key.
 *
 * A damaged cache entry is never used: one found so on lookup (unreadable,
 * an output missing or of another size) makes the stage run as if it had
 * none; an output whose bytes turn out not to match their recorded hash
 * when loaded (perhaps long after its stage was passed as fresh) makes the
 * stage run again there and then, from its inputs, and the entry rewritten.
 * Either is a warning naming the entry.
 */
export async function runPipeline<A extends ArtifactMap>(req: RunRequest<A>): Promise<RunResult<A>> {
  const { dag, cache, reporter } = req;
  const plan = req.only ? upstreamOf(dag, req.only) : [...dag.order];
  const hashes = new Map<string, string>();
  const values = new Map<string, Promise<unknown>>();
  for (const [name, src] of Object.entries(req.sources)) {
    hashes.set(name, src.hash);
    values.set(name, Promise.resolve(src.value));
  }
  for (const name of dag.sources) {
    if (!hashes.has(name)) throw new PipelineError(`the runner was not given the source '${name}'`);
  }

  // Memory: an artifact made in this run is let go once the last stage that
  // reads it has run (if a later stage still runs: a build's last outputs go
  // to its caller), and loaded again from the cache should it be asked for.
  // At 100,000 articles the documents alone hold over a gigabyte, which the
  // stages after the last reader of the documents need not share the heap with.
  const lastReader = new Map<string, number>();
  plan.forEach((stage, index) => {
    for (const name of stage.reads) lastReader.set(name, index);
  });
  const producedBy = new Map<string, { stage: AnyStage; key: string; artifact: CachedArtifact }>();

  // Warnings by stage: a stage run again later (its entry found damaged on loading) adds to its record's.
  const warningsOf = new Map<string, string[]>();
  const warn = (stageId: string, message: string) => {
    warningsOf.get(stageId)?.push(message);
    reporter.warn(stageId, message);
  };

  /** Runs a stage on its inputs (as `values` holds them now) and stores its outputs under `key`. */
  const execute = async (stage: AnyStage, key: string): Promise<{ outputs: Record<string, unknown>; entry: CacheEntry }> => {
    const inputs: Record<string, unknown> = {};
    for (const name of stage.reads) inputs[name] = await values.get(name)!;
    const ctx: StageContext = {
      options: req.options,
      progress: (done, total) => reporter.progress(stage.id, done, total),
      warn: (message) => warn(stage.id, message),
    };
    let outputs: Record<string, unknown>;
    try {
      outputs = (await stage.run(inputs as never, ctx)) as Record<string, unknown>;
    } catch (e) {
      if (e instanceof PipelineError) throw e;
      throw new StageFailedError(stage.id, e);
    }
    const missing = stage.writes.filter((w: string) => !(w in outputs));
    if (missing.length) throw new PipelineError(`stage '${stage.id}' did not write ${missing.join(", ")}`);
    const entry = await cache.store(stage.id, key, pick(outputs, stage.writes));
    await cache.prune(stage.id);
    return { outputs, entry };
  };

  // A stage run again because its entry was damaged: once, whichever of its outputs was asked for.
  const reruns = new Map<string, Promise<Record<string, unknown>>>();
  /** An output from the cache, loaded when first awaited; if its entry is damaged, the stage's output made anew. */
  const fromCache = (stage: AnyStage, key: string, name: string, artifact: CachedArtifact): Promise<unknown> =>
    lazy(async () => {
      try {
        return await cache.load(stage.id, key, name, artifact);
      } catch (e) {
        if (!(e instanceof CacheDamagedError)) throw e;
        warn(stage.id, `${e.message}; discarded, running '${stage.id}' again`);
        let again = reruns.get(stage.id);
        if (!again) reruns.set(stage.id, (again = execute(stage, key).then((r) => r.outputs)));
        return (await again)[name];
      }
    });

  const records: StageRecord[] = [];
  for (const [index, stage] of plan.entries()) {
    const key = cacheKey(stage, req.codeFingerprint, hashes);
    const started = performance.now();
    const warnings: string[] = [];
    warningsOf.set(stage.id, warnings);
    reporter.stageStart(stage.id);

    let hit: CacheEntry | null = null;
    try {
      hit = req.force ? null : await cache.lookup(stage.id, key);
    } catch (e) {
      if (!(e instanceof CacheDamagedError)) throw e;
      warn(stage.id, `${e.message}; discarded, running '${stage.id}'`);
    }
    let status: StageStatus;
    let items: number | null = null;
    if (hit && stage.writes.every((name: string) => hit.outputs[name])) {
      status = "fresh";
      for (const name of stage.writes) {
        const out = hit.outputs[name]!;
        hashes.set(name, out.hash);
        values.set(name, fromCache(stage, key, name, out));
        producedBy.set(name, { stage, key, artifact: out });
      }
    } else {
      status = req.force ? "forced" : (await cache.hasAny(stage.id)) ? "stale" : "missing";
      const { outputs, entry } = await execute(stage, key);
      for (const name of stage.writes) {
        hashes.set(name, entry.outputs[name]!.hash);
        values.set(name, Promise.resolve(outputs[name]));
        producedBy.set(name, { stage, key, artifact: entry.outputs[name]! });
      }
      items = stage.count ? stage.count(outputs as never) : null;
    }
    if (index < plan.length - 1) {
      for (const name of stage.reads) {
        const from = producedBy.get(name);
        if (from && lastReader.get(name) === index) values.set(name, fromCache(from.stage, from.key, name, from.artifact));
      }
      // A stage that ran leaves garbage (its working data, the inputs just let go of): collected before the next one allocates on top of it.
      if (status !== "fresh") collectGarbage();
    }
    const record: StageRecord = { id: stage.id, status, seconds: (performance.now() - started) / 1000, items, warnings };
    records.push(record);
    reporter.stageEnd(record);
  }

  return {
    records,
    has: (name) => values.has(name),
    hashOf: (name) => {
      const h = hashes.get(name);
      if (h === undefined) throw new PipelineError(`artifact '${name}' was not produced in this run`);
      return h;
    },
    get: async (name) => {
      const v = values.get(name);
      if (!v) throw new PipelineError(`artifact '${name}' was not produced in this run`);
      return (await v) as never;
    },
  };
}

function cacheKey(stage: AnyStage, codeFingerprint: string, hashes: ReadonlyMap<string, string>): string {
  const inputs = [...stage.reads].sort().map((name: string) => `${name}=${hashes.get(name)}`);
  return hashParts([stage.id, String(stage.version), codeFingerprint, ...inputs]).slice(0, 32);
}

function pick(obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

/** A promise-like that starts its work only when first awaited. */
function lazy<T>(load: () => Promise<T>): Promise<T> {
  let p: Promise<T> | undefined;
  const start = () => (p ??= load());
  return {
    then: (ok, err) => start().then(ok, err),
    catch: (err) => start().catch(err),
    finally: (f) => start().finally(f),
    [Symbol.toStringTag]: "Promise",
  } as Promise<T>;
}
